using Microsoft.Data.Sqlite;
using Rapport.Analysis.Hypotheses;
using Rapport.Documents;
using Rapport.Model;
using Rapport.Storage;
using Rapport.Storage.Sqlite;

namespace Rapport.Services.Tests;

public sealed class HypothesisServiceTests : IAsyncLifetime
{
    // Two reports of one meeting (two outlets), a statement on military support, one on political relations, and a
    // weapons support claim: enough to give each hypothesis evidence for and against.
    private const string First = """
        Hamas and Iran

        On October 20, 2017, a Hamas delegation headed by Saleh al-Arouri met with Ali Larijani in Tehran (Tasnim, October 20, 2017).

        Observers noted that Iranian military support for Hamas has increased since the summer.

        On December 21, 2017, Yahya al-Sinwar said that Iran was the largest supporter of the Izz al-Din al-Qassam Brigades with money and weapons (Hamas website, December 21, 2017).
        """;

    private const string Second = """
        Iran and the Palestinians

        On December 25, 2017, Ismail Haniyeh said that relations between Hamas and Iran were political and that the movement sought closer political relations with Tehran (al-Mayadeen, December 25, 2017).

        On October 20, 2017, Saleh al-Arouri met with Ali Larijani in Tehran (Fars, October 20, 2017).
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-hypotheses-").FullName;
    private SqliteKnowledgeStore _store = null!;
    private string _meeting = string.Empty;
    private string _military = string.Empty;
    private string _political = string.Empty;

    public async Task InitializeAsync()
    {
        _store = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "kb.db"));
        var paths = new[] { ("first.txt", First), ("second.txt", Second) }.Select(d =>
        {
            var path = Path.Combine(_folder, d.Item1);
            File.WriteAllText(path, d.Item2);
            return path;
        }).ToList();
        await new IngestService(_store, new DocumentReader(), new FactExtraction()).IngestAsync(paths);
        await new SourceService(_store).GradeAsync("Tasnim", ReliabilityGrade.B, "tester");

        var facts = await new FactCorroboration(_store).ListAsync();
        _meeting = FactReference.Of(facts.Single(f => f.Kind == FactKind.Meeting).Reports).ToString();
        _military = FactReference.Of(facts.Single(f => f.Kind == FactKind.Statement && f.Date.ToString() == "2017-12-21").Reports).ToString();
        _political = FactReference.Of(facts.Single(f => f.Kind == FactKind.Statement && f.Date.ToString() == "2017-12-25").Reports).ToString();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private HypothesesFile Hypotheses() => HypothesesFileLoader.Parse(
        $"""
        hypotheses:
          - id: H1
            title: Military support is expanding
            inconsistent: [{_meeting}]
            neutral: [{_military}, {_political}]
            consistent_with: {"{"}support: [weapons], topics: [military support]{"}"}
            inconsistent_with: {"{"}topics: [political relations]{"}"}
          - id: H2
            title: The rapprochement is rhetorical only
            consistent: [{_meeting}]
            neutral: [{_political}]
            consistent_with: {"{"}topics: [political relations]{"}"}
            inconsistent_with: {"{"}support: [weapons], topics: [military support]{"}"}
        """,
        "test.yaml");

    [Fact]
    public async Task The_matrix_has_a_row_per_fact_in_date_order_weighted_by_credibility()
    {
        var report = await new HypothesisService(_store).BuildAsync(Hypotheses(), acceptSuggestions: true);

        Assert.Equal(["E1", "E2", "E3", "E4"], report.Rows.Select(r => r.Evidence.Id));
        Assert.Equal([FactKind.Meeting, FactKind.Statement, FactKind.Statement, FactKind.Support], report.Rows.Select(r => r.Evidence.Kind));

        // Two independent outlets, one graded B: probably true (2), weight 0.8; single ungraded outlets: 6, weight 0.5.
        Assert.Equal(2, (int)report.Rows[0].Evidence.Credibility);
        Assert.Equal([0.8, 0.5, 0.5, 0.5], report.Rows.Select(r => r.Evidence.Weight));
        Assert.Equal(2, report.Rows[0].Evidence.Reports.Count);
        Assert.Equal("weapons", report.Rows[3].Evidence.SupportKind);
    }

    [Fact]
    public async Task Explicit_tags_override_suggestions_and_suggestions_are_marked()
    {
        var report = await new HypothesisService(_store).BuildAsync(Hypotheses(), acceptSuggestions: true);

        Assert.Equal(["I", "N", "N", "C?"], report.Rows.Select(r => r.Cells[0].Mark));
        Assert.Equal(["C", "I?", "N", "I?"], report.Rows.Select(r => r.Cells[1].Mark));

        // The military-support statement matches H1's consistent rule, but the analyst said neutral.
        Assert.Equal(new HypothesisCell(AchRating.Neutral, Suggested: false), report.Rows[1].Cells[0]);
    }

    [Fact]
    public async Task With_suggestions_accepted_the_least_weighted_inconsistency_ranks_first()
    {
        var report = await new HypothesisService(_store).BuildAsync(Hypotheses(), acceptSuggestions: true);

        Assert.Equal(["H1", "H2"], report.Ranking.Select(s => s.Hypothesis.Id));
        Assert.Equal(0.8, report.Ranking[0].WeightedInconsistency, 9);
        Assert.Equal(1.0, report.Ranking[1].WeightedInconsistency, 9);
        Assert.Equal((1, 2), (report.Ranking[0].InconsistentCount, report.Ranking[1].InconsistentCount));
        Assert.Equal([_political], report.NonDiagnostic.Select(e => e.Reference.ToString()));
    }

    [Fact]
    public async Task Without_acceptance_only_explicit_tags_are_scored()
    {
        var report = await new HypothesisService(_store).BuildAsync(Hypotheses(), acceptSuggestions: false);

        Assert.Equal(["H2", "H1"], report.Ranking.Select(s => s.Hypothesis.Id));
        Assert.Equal(0.0, report.Ranking[0].WeightedInconsistency, 9);
        Assert.Equal(0.8, report.Ranking[1].WeightedInconsistency, 9);

        // Still shown, still marked.
        Assert.Equal("C?", report.Rows[3].Cells[0].Mark);
    }

    [Fact]
    public async Task A_tag_naming_no_stored_fact_is_a_one_line_error_with_its_line()
    {
        var file = HypothesesFileLoader.Parse("hypotheses:\n  - id: H1\n    title: t\n    consistent: [statement:abcdef@1]\n", "x.yaml");

        var error = await Assert.ThrowsAsync<UserErrorException>(() => new HypothesisService(_store).BuildAsync(file, acceptSuggestions: false));

        Assert.StartsWith("x.yaml line 4: no statement, meeting or support claim statement:abcdef@1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_actor_scope_keeps_only_the_evidence_naming_those_actors()
    {
        var file = HypothesesFileLoader.Parse("actors: [Ali Larijani]\nhypotheses:\n  - {id: H1, title: t}\n", "x.yaml");

        var report = await new HypothesisService(_store).BuildAsync(file, acceptSuggestions: false);

        Assert.Equal([FactKind.Meeting], report.Rows.Select(r => r.Evidence.Kind));
    }
}
