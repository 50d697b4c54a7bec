using PdfSharp.Drawing;

namespace Rapport.Reports.Briefs;

/// <summary>Text in one font and colour, as the line breaker takes it.</summary>
/// <param name="Text">The text, verbatim.</param>
/// <param name="Font">Its font.</param>
/// <param name="Brush">Its colour.</param>
internal sealed record PdfRun(string Text, XFont Font, XBrush Brush);
