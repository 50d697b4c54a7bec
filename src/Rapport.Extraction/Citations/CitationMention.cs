namespace Rapport.Extraction.Citations;

/// <summary>A parenthetical reference: one or more outlets, each with a date.</summary>
/// <param name="First">Index of the opening parenthesis token.</param>
/// <param name="Last">Index one past the closing parenthesis token.</param>
/// <param name="Start">Offset of "(" in the normalised text.</param>
/// <param name="End">Offset one past ")".</param>
/// <param name="Outlets">The outlets in order.</param>
internal sealed record CitationMention(int First, int Last, int Start, int End, IReadOnlyList<CitedOutlet> Outlets);
