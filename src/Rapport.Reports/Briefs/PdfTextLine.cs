using PdfSharp.Drawing;

namespace Rapport.Reports.Briefs;

/// <summary>One laid-out line: pieces of text placed left to right, and the height the line takes.</summary>
/// <param name="Pieces">The pieces, each with its offset from the line's start.</param>
/// <param name="Height">The line's height: the tallest font's line spacing.</param>
internal sealed record PdfTextLine(IReadOnlyList<PdfTextPiece> Pieces, double Height);

/// <summary>A piece of a line in one font and colour.</summary>
/// <param name="Text">The text to draw.</param>
/// <param name="Font">Its font.</param>
/// <param name="Brush">Its colour.</param>
/// <param name="X">Its offset from the line's start, in points.</param>
internal sealed record PdfTextPiece(string Text, XFont Font, XBrush Brush, double X);
