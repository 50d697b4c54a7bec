using Rapport.Model;

namespace Rapport.Extraction.Dates;

/// <summary>A date expression found in text.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Last">Index one past its last token.</param>
/// <param name="Start">Offset of its first character in the normalised text.</param>
/// <param name="End">Offset one past its last character.</param>
/// <param name="Date">The date it denotes; unknown when the expression names an impossible date.</param>
/// <param name="Relative">True when resolved against an anchor ("two days later", "on Tuesday", "recently").</param>
/// <param name="Span">True when it names a span of days ("4-5 January 2012") and <paramref name="Date"/> is its first day.</param>
internal sealed record DateMention(int First, int Last, int Start, int End, PartialDate Date, bool Relative, bool Span = false);
