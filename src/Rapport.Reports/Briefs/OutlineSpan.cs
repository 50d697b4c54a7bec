namespace Rapport.Reports.Briefs;

/// <summary>A run of text with one emphasis. The text is the model's, unescaped: each writer makes it inert.</summary>
/// <param name="Text">The text, verbatim.</param>
/// <param name="Emphasis">How it stands out.</param>
internal sealed record OutlineSpan(string Text, OutlineEmphasis Emphasis = OutlineEmphasis.None);
