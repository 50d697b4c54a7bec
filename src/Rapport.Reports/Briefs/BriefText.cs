using System.Globalization;
using Rapport.Model;

namespace Rapport.Reports.Briefs;

/// <summary>The small phrases every brief writer prints the same way, so the formats read alike.</summary>
public static class BriefText
{
    /// <summary>The label writers put before a sentence Rapport drafted itself.</summary>
    public const string MachineDrafted = "Machine-drafted";

    /// <summary>The heading of Appendix A.</summary>
    public const string AppendixA = "Appendix A — Statements";

    /// <summary>The heading of Appendix B.</summary>
    public const string AppendixB = "Appendix B — Visits and meetings";

    /// <summary>A date as the brief prints it: ISO to its precision, or "date unknown".</summary>
    public static string Date(PartialDate date) => date.ToIsoString() ?? "date unknown";

    /// <summary>"Iran – Hamas, 2017-06 to 2018-02, issued 2026-11-25".</summary>
    public static string Dyad(BriefHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return string.Create(CultureInfo.InvariantCulture, $"Dyad: {header.SideA} – {header.SideB}. Period: {header.From} to {header.To}. Issued {header.Issued:yyyy-MM-dd}.");
    }

    /// <summary>"12 documents, 9 outlets, dated 2017-06-21 to 2018-01-03".</summary>
    public static string Corpus(BriefCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var range = corpus.Earliest.IsKnown ? $", facts dated {Date(corpus.Earliest)} to {Date(corpus.Latest)}" : ", no dated facts";
        return string.Create(CultureInfo.InvariantCulture, $"Corpus: {corpus.Documents} document{(corpus.Documents == 1 ? string.Empty : "s")}, {corpus.Outlets} outlet{(corpus.Outlets == 1 ? string.Empty : "s")} cited{range}.");
    }

    /// <summary>The handles of a drafted sentence's evidence, "statement:…@12; meeting:…@80".</summary>
    public static string Evidence(IEnumerable<EvidenceRef> evidence) => string.Join("; ", evidence.Select(e => e.Handle));

    /// <summary>
    /// One fact's handle as every format prints it at the end of the item it closes: <c>[statement:3f2a9c1d7e4b@720]</c>.
    /// The brackets keep it apart from whatever text follows, even where a reader loses the spacing (PDF text).
    /// </summary>
    public static string Handle(EvidenceRef evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return "[" + evidence.Handle + "]";
    }

    /// <summary>Outlets joined for a "Sources:" line; "none cited" when empty.</summary>
    public static string Outlets(IReadOnlyList<string> outlets) => outlets.Count == 0 ? "none cited" : string.Join("; ", outlets);

    /// <summary>Names joined for a side of a meeting; "—" when empty.</summary>
    public static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "—" : string.Join(", ", names);

    /// <summary>Where the evidence stands: "document title, characters 120–380".</summary>
    public static string Location(EvidenceRef evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.DocumentId.Length == 0
            ? evidence.DocumentTitle
            : string.Create(CultureInfo.InvariantCulture, $"{evidence.DocumentTitle}, characters {evidence.Start}–{evidence.End}");
    }

    /// <summary>What a brief says when the store has no coded events between the sides.</summary>
    public const string NoTrend = "No coded events between the sides in the period: the knowledge base holds no evidence for a trend.";

    /// <summary>What a brief says when no kind of support is evidenced.</summary>
    public const string NoSupport = "No support claims between the sides in the period.";
}
