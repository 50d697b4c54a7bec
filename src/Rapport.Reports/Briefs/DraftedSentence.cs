namespace Rapport.Reports.Briefs;

/// <summary>
/// A sentence Rapport wrote itself (not the words of any document). Writers mark it as machine-drafted and print
/// the facts it rests on beside it; a drafted sentence without evidence is never built.
/// </summary>
/// <param name="Text">The sentence.</param>
/// <param name="Evidence">The facts it rests on; never empty.</param>
public sealed record DraftedSentence(string Text, IReadOnlyList<EvidenceRef> Evidence)
{
    /// <summary>The sentence and its evidence, checked: drafting without evidence is a bug, not a style.</summary>
    public static DraftedSentence Of(string text, IReadOnlyList<EvidenceRef> evidence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Count == 0)
        {
            throw new ArgumentException("a drafted sentence must cite the facts it rests on", nameof(evidence));
        }

        return new DraftedSentence(text, evidence);
    }
}
