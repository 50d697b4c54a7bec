using System.Globalization;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Lays a brief out as a sequence of headings, paragraphs, lists, tables and charts, in the reference report's order.
/// The page-oriented writers (DOCX, PDF) render this sequence, so both say the same things in the same order. Text
/// from documents is passed through untouched: making it inert is each writer's job, in its own medium.
/// </summary>
internal static class BriefOutline
{
    /// <summary>The heading of the overview section.</summary>
    public const string Overview = "Overview";

    /// <summary>The heading of the areas-of-support section and of the overview's subsection of that name.</summary>
    public const string AreasOfSupport = "Areas of support";

    /// <summary>The heading of the competing-hypotheses section.</summary>
    public const string Hypotheses = "Hypotheses";

    /// <summary>The heading of Appendix A.</summary>
    public const string AppendixA = BriefText.AppendixA;

    /// <summary>The heading of Appendix B.</summary>
    public const string AppendixB = BriefText.AppendixB;

    /// <summary>The heading of the sources section.</summary>
    public const string SourcesHeading = "Sources";

    /// <summary>The label that marks a sentence Rapport drafted itself.</summary>
    public const string MachineDraftedLabel = "[" + BriefText.MachineDrafted + "]";

    private const string None = "None.";

    /// <summary>The brief as outline blocks, in reading order.</summary>
    public static IReadOnlyList<OutlineBlock> Of(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var blocks = new List<OutlineBlock>();
        AddHeader(blocks, brief.Header);
        AddOverview(blocks, brief.Overview, brief.Charts.DyadTimeline);
        AddAreasOfSupport(blocks, brief.AreasOfSupport);
        if (brief.Hypotheses is not null)
        {
            AddHypotheses(blocks, brief.Hypotheses);
        }

        AddStatements(blocks, brief.Statements);
        AddMeetings(blocks, brief.Meetings, brief.Charts.Network);
        AddSources(blocks, brief.Sources);
        return blocks;
    }

    private static void AddHeader(List<OutlineBlock> blocks, BriefHeader header)
    {
        blocks.Add(new HeadingBlock(1, header.Title));
        blocks.Add(Plain(BriefText.Dyad(header)));
        blocks.Add(Plain(BriefText.Corpus(header.Corpus)));
    }

    private static void AddOverview(List<OutlineBlock> blocks, BriefOverview overview, string dyadChart)
    {
        blocks.Add(new HeadingBlock(2, Overview));
        blocks.Add(new HeadingBlock(3, "Trend"));
        AddDrafted(blocks, overview.Trend, BriefText.NoTrend);
        if (overview.Activity.Count == 0)
        {
            blocks.Add(Plain("No visits, meetings or statements in the period."));
        }
        else
        {
            blocks.Add(new TableBlock(
                "Activity by period",
                ["Period", "Visits", "Meetings", "Calls", "Ceremonies", "Statements"],
                [.. overview.Activity.Select(a => (IReadOnlyList<string>)[a.Period, Number(a.Visits), Number(a.Meetings), Number(a.Calls), Number(a.Ceremonies), Number(a.Statements)])]));
        }

        blocks.Add(new HeadingBlock(3, AreasOfSupport));
        AddDrafted(blocks, overview.Support, BriefText.NoSupport);
        blocks.Add(new HeadingBlock(3, "Assessments"));
        if (overview.Assessments.Count == 0)
        {
            blocks.Add(Plain(None));
        }
        else
        {
            blocks.Add(new ListBlock(false, [.. overview.Assessments.Select(a => (IReadOnlyList<OutlineSpan>)
            [
                new($"“{a.Text}”"),
                new(" — expression: "), new($"“{a.Expression}”", OutlineEmphasis.Strong),
                new("; level: "), new(a.Level, OutlineEmphasis.Strong),
                Handles([a.Evidence]),
            ])]));
        }

        blocks.Add(new ChartBlock(dyadChart, "Figure 1 — Dyad timeline: events each way and the cooperation score by month"));
    }

    private static void AddDrafted(List<OutlineBlock> blocks, IReadOnlyList<DraftedSentence> sentences, string none)
    {
        if (sentences.Count == 0)
        {
            blocks.Add(Plain(none));
            return;
        }

        foreach (var sentence in sentences)
        {
            blocks.Add(new ParagraphBlock(
            [
                new(MachineDraftedLabel, OutlineEmphasis.MachineDrafted),
                new(" " + sentence.Text),
                Handles(sentence.Evidence),
            ]));
        }
    }

    private static void AddAreasOfSupport(List<OutlineBlock> blocks, IReadOnlyList<BriefSupportSection> sections)
    {
        blocks.Add(new HeadingBlock(2, AreasOfSupport));
        if (sections.Count == 0)
        {
            blocks.Add(Plain(None));
        }

        foreach (var section in sections)
        {
            blocks.Add(new HeadingBlock(3, section.Heading));
            blocks.Add(new ParagraphBlock([new("Strength: ", OutlineEmphasis.Strong), new(section.Strength)]));
            if (section.Items.Count > 0)
            {
                blocks.Add(new ListBlock(false, [.. section.Items.Select(SupportItem)]));
            }
        }
    }

    private static IReadOnlyList<OutlineSpan> SupportItem(BriefSupportItem item)
    {
        var spans = new List<OutlineSpan>
        {
            new($"{item.Supporter} → {item.Recipient}", OutlineEmphasis.Strong),
            new($", {BriefText.Date(item.Date)}: “{item.Text}”"),
        };
        if (item.Speaker is not null)
        {
            spans.Add(new(" — said by "));
            spans.Add(new(item.Speaker, OutlineEmphasis.Strong));
        }

        spans.Add(new($". Sources: {BriefText.Outlets(item.Outlets)}. Credibility: {item.Credibility}."));
        spans.Add(Handles([item.Evidence]));
        return spans;
    }

    private static void AddHypotheses(List<OutlineBlock> blocks, BriefHypotheses hypotheses)
    {
        blocks.Add(new HeadingBlock(2, Hypotheses));
        blocks.Add(new ListBlock(false, [.. hypotheses.Hypotheses.Select(h => (IReadOnlyList<OutlineSpan>)
            [new(h.Id, OutlineEmphasis.Strong), new(": " + h.Statement)])]));
        var header = new List<string> { "Evidence id", "Evidence", "Credibility" };
        header.AddRange(hypotheses.Hypotheses.Select(h => h.Id));
        header.Add("Source");
        var rows = hypotheses.Rows.Select(r =>
        {
            var cells = new List<string> { r.Id, r.Evidence, r.Credibility };
            cells.AddRange(hypotheses.Hypotheses.Select((_, i) => i < r.Marks.Count ? r.Marks[i] : string.Empty));
            cells.Add(r.Source.Handle);
            return (IReadOnlyList<string>)cells;
        }).ToList();
        blocks.Add(new TableBlock("Consistency of the evidence with each hypothesis (CC, C, N, I, II)", header, rows));
        blocks.Add(new ParagraphBlock([new("Ranking, least inconsistent first", OutlineEmphasis.Strong)]));
        blocks.Add(hypotheses.Ranking.Count == 0
            ? Plain(None)
            : new ListBlock(true, [.. hypotheses.Ranking.Select(line => (IReadOnlyList<OutlineSpan>)[new(line)])]));
    }

    private static void AddStatements(List<OutlineBlock> blocks, IReadOnlyList<BriefStatementGroup> groups)
    {
        blocks.Add(new HeadingBlock(2, AppendixA));
        if (groups.Count == 0)
        {
            blocks.Add(Plain(None));
        }

        foreach (var group in groups)
        {
            blocks.Add(new HeadingBlock(3, group.Organization));
            foreach (var statement in group.Statements)
            {
                var who = new List<OutlineSpan> { new(statement.Speaker, OutlineEmphasis.Strong) };
                if (statement.Role is not null)
                {
                    who.Add(new(", " + statement.Role));
                }

                who.Add(new($" — {BriefText.Date(statement.Date)}"));
                blocks.Add(new KeepTogetherBlock(
                [
                    new ParagraphBlock(who),
                    new ParagraphBlock([new($"“{statement.Text}”")], OutlineRole.Quote),
                    new ParagraphBlock(
                    [
                        new($"Sources: {BriefText.Outlets(statement.Citations)} · Topics: {Topics(statement.Topics)} · Evidence: "),
                        new(BriefText.Handle(statement.Evidence), OutlineEmphasis.Evidence),
                    ], OutlineRole.Note),
                ]));
            }
        }
    }

    private static void AddMeetings(List<OutlineBlock> blocks, IReadOnlyList<BriefMeeting> meetings, string networkChart)
    {
        blocks.Add(new HeadingBlock(2, AppendixB));
        if (meetings.Count == 0)
        {
            blocks.Add(Plain(None));
        }
        else
        {
            blocks.Add(new TableBlock(
                "Visits, meetings, calls and ceremonies in date order",
                ["Date", "Kind", "Side A", "Side B", "Location", "Sources", "Evidence"],
                [.. meetings.Select(m => (IReadOnlyList<string>)
                    [BriefText.Date(m.Date), m.Kind, BriefText.Names(m.SideA), BriefText.Names(m.SideB), m.Location ?? "—", BriefText.Outlets(m.Citations), BriefText.Handle(m.Evidence)])]));
        }

        blocks.Add(new ChartBlock(networkChart, "Figure 2 — Actor network of the period"));
    }

    private static void AddSources(List<OutlineBlock> blocks, IReadOnlyList<BriefSource> sources)
    {
        blocks.Add(new HeadingBlock(2, SourcesHeading));
        blocks.Add(sources.Count == 0
            ? Plain(None)
            : new TableBlock(
                "Outlets cited, with their reliability grade and the documents that cite them",
                ["Outlet", "Grade", "Documents"],
                [.. sources.Select(s => (IReadOnlyList<string>)[s.Outlet, s.Grade, string.Join("; ", s.Documents)])]));
    }

    private static OutlineSpan Handles(IReadOnlyList<EvidenceRef> evidence) =>
        new($" ({BriefText.Evidence(evidence)})", OutlineEmphasis.Evidence);

    private static ParagraphBlock Plain(string text) => new([new(text)]);

    private static string Topics(IReadOnlyList<string> topics) => topics.Count == 0 ? "none" : string.Join(", ", topics);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
