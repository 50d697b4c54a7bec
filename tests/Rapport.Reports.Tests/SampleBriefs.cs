using Rapport.Model;
using Rapport.Reports.Briefs;

namespace Rapport.Reports.Tests;

/// <summary>
/// Briefs built by hand for the writers' tests: one ordinary, one whose document text is hostile (markup, template
/// braces, Markdown, Word field codes), which every writer must print verbatim and inert.
/// </summary>
public static class SampleBriefs
{
    /// <summary>Text that would do something if any writer treated it as markup.</summary>
    public static readonly string[] HostileTexts =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "{{ 7*7 }}",
        "**bold** [link](javascript:alert(3)) # not a heading",
        "{ HYPERLINK \"http://evil.example/\" } { DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe }",
        "</w:t></w:r><w:r><w:t>injected",
        "Fin & Co <tag> \"quoted\" 'single' ]]> --> ${x}",
    ];

    /// <summary>An ordinary brief with every section filled.</summary>
    public static Brief Ordinary() => Build("Tehran said the support would continue", "Outlet One");

    /// <summary>A brief whose every document-derived string carries hostile text.</summary>
    public static Brief Hostile() => Build(string.Join(" ", HostileTexts), string.Join(" ", HostileTexts));

    /// <summary>
    /// An ordinary brief with many statements and meetings of varied length: long enough to run over several pages,
    /// so page breaks, wrapped cells and a table split across pages get exercised.
    /// </summary>
    public static Brief Long(int statements = 80, int meetings = 60)
    {
        var doc = new string('b', 64);
        EvidenceRef Ref(string kind, int at) => new($"{kind}:{doc[..12]}@{at}", doc, "Long sample report", at, at + 40);
        const string clause = "the support would continue, and the visits would resume after the summer";

        var speeches = Enumerable.Range(1, statements)
            .Select(i => new BriefStatement(
                $"Speaker {i}",
                i % 3 == 0 ? null : $"deputy head of office {i}",
                PartialDate.OfDay(2017, 1 + (i % 12), 1 + (i % 28)),
                $"Statement {i} said " + string.Join("; ", Enumerable.Repeat(clause, 1 + (i % 5))) + ".",
                [$"Outlet {1 + (i % 5)}", "Outlet Seven"],
                i % 2 == 0 ? ["military support", "funding"] : ["political support"],
                Ref("statement", 1000 + i)))
            .ToList();
        var groups = speeches
            .Select((s, i) => (s, i))
            .GroupBy(x => x.i % 4)
            .Select(g => new BriefStatementGroup($"Organisation {g.Key + 1}", [.. g.Select(x => x.s)]))
            .ToList();
        var visits = Enumerable.Range(1, meetings)
            .Select(i => new BriefMeeting(
                i % 4 == 0 ? PartialDate.OfMonth(2017, 1 + (i % 12)) : PartialDate.OfDay(2017, 1 + (i % 12), 1 + (i % 28)),
                i % 3 == 0 ? "phone call" : "visit",
                [$"Visitor {i}", .. Enumerable.Range(1, i % 4).Select(k => $"Delegate {i}.{k}")],
                [$"Host {i}"],
                i % 5 == 0 ? null : $"Meeting place number {i} in the capital",
                [$"Outlet {1 + (i % 5)}"],
                $"Visitor {i} met Host {i}.",
                Ref("meeting", 5000 + i)))
            .ToList();

        return Ordinary() with { Statements = groups, Meetings = visits };
    }

    private static Brief Build(string text, string outlet)
    {
        var doc = new string('a', 64);
        EvidenceRef Ref(string kind, int start) => new($"{kind}:{doc[..12]}@{start}", doc, "Sample report " + text, start, start + 40);

        var statement = new BriefStatement("Speaker One " + text, "spokesman " + text, PartialDate.OfDay(2017, 12, 25), text, [outlet], ["military support"], Ref("statement", 100));
        var meeting = new BriefMeeting(PartialDate.OfMonth(2017, 8), "visit", ["Visitor " + text], ["Host " + text], "Place " + text, [outlet], text, Ref("meeting", 300));
        var support = new BriefSupportItem("Giver " + text, "Receiver " + text, text, "Speaker One " + text, PartialDate.OfYear(2017), [outlet + " (F)"], "3 — possibly true", Ref("support", 500));
        var assessment = new BriefAssessment(text, "can be expected", "likely (55–80%)", Ref("assessment", 700));
        var sections = new[] { "weapons", "funds", "know-how", "training", "political", "media" }
            .Select(k => k == "weapons"
                ? new BriefSupportSection(k, "Weapons", "Evidenced by 1 claim in 1 document.", [support])
                : new BriefSupportSection(k, char.ToUpperInvariant(k[0]) + k[1..], "No evidence in the corpus.", []))
            .ToList();
        var hypotheses = new BriefHypotheses(
            [new BriefHypothesis("H1", "Support grows " + text), new BriefHypothesis("H2", "Support stalls")],
            [new BriefHypothesisRow("E1", text, "3 — possibly true", ["C", "I"], Ref("statement", 100))],
            ["H1 — weighted inconsistency 0.0", "H2 — weighted inconsistency 1.0"]);
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"0 0 200 100\"><rect x=\"10\" y=\"10\" width=\"180\" height=\"80\" fill=\"#dde\"/><text x=\"20\" y=\"55\" font-size=\"12\">chart &lt;label&gt;</text></svg>";

        return new Brief(
            new BriefHeader("Brief: Side A " + text + " – Side B", "Side A " + text, "Side B", new YearMonth(2017, 6), new YearMonth(2018, 2), new DateOnly(2026, 11, 25), new BriefCorpus(1, 1, PartialDate.OfDay(2017, 8, 1), PartialDate.OfDay(2018, 1, 31))),
            new BriefOverview(
                [DraftedSentence.Of("The score rose in 2017-08 " + text, [Ref("meeting", 300)])],
                [new BriefActivity("2017-Q3", 1, 0, 0, 0, 0), new BriefActivity("2017-Q4", 0, 0, 0, 0, 1)],
                [DraftedSentence.Of("Weapons support is evidenced " + text, [Ref("support", 500)])],
                [assessment]),
            sections,
            hypotheses,
            [new BriefStatementGroup("Organisation " + text, [statement])],
            [meeting],
            new BriefCharts(svg, svg),
            [new BriefSource(outlet, "F — reliability cannot be judged (not graded)", ["Sample report " + text])]);
    }
}
