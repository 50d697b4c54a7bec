namespace Rapport.Services;

/// <summary>
/// Which untagged evidence a hypotheses file suggests rating one way: support claims of these kinds, statements on
/// these topics, meetings of these kinds. Any one match is enough; an empty rule matches nothing.
/// </summary>
/// <param name="Support">Support kinds as the extraction contract writes them (<c>weapons</c>, <c>funds</c>, <c>know-how</c>, …).</param>
/// <param name="Topics">Statement topics as the extraction contract writes them (<c>military support</c>, …).</param>
/// <param name="Meetings">Meeting kinds (<c>visit</c>, <c>meeting</c>, <c>phone call</c>, <c>ceremony</c>).</param>
public sealed record SuggestionRule(IReadOnlyList<string> Support, IReadOnlyList<string> Topics, IReadOnlyList<string> Meetings)
{
    /// <summary>The rule that matches nothing.</summary>
    public static SuggestionRule None { get; } = new([], [], []);

    /// <summary>True when the rule covers <paramref name="evidence"/>.</summary>
    public bool Matches(HypothesisEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return (evidence.SupportKind is not null && Support.Contains(evidence.SupportKind, StringComparer.OrdinalIgnoreCase))
            || (evidence.MeetingKind is not null && Meetings.Contains(evidence.MeetingKind, StringComparer.OrdinalIgnoreCase))
            || evidence.Topics.Any(t => Topics.Contains(t, StringComparer.OrdinalIgnoreCase));
    }
}
