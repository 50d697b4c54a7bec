using Rapport.Analysis.Credibility;
using Rapport.Documents;
using Rapport.Model;
using Rapport.Storage.Sqlite;

namespace Rapport.Services.Tests;

public sealed class SupportMatrixServiceTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-support-").FullName;
    private SqliteKnowledgeStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "kb.db"));

        // A weapons claim relayed from one outlet, a funds claim in the author's own words, a training claim, and a
        // second document repeating the weapons claim from another outlet a year earlier.
        Write("a.txt", """
            Iran and Hamas
            Publisher: Levant Weekly
            Published: 10 June 2018

            Iran provides Hamas with rockets, Hamas spokesman Fawzi Barhoum said (Tasnim, May 3, 2018).

            Iran provides Hamas with money to pay salaries in Gaza.

            Iran trains Hamas fighters in camps near Tehran, Hamas official Osama Hamdan said (Fars, April 2, 2018).
            """);
        Write("b.txt", """
            Weapons for Gaza
            Published: 2 June 2017

            Iran supplies Hamas with rockets, Hamas official Osama Hamdan said (Al-Monitor, June 1, 2017).
            """);
        await new IngestService(_store, new DocumentReader(), new FactExtraction()).IngestAsync([_folder]);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Each_supporter_recipient_and_kind_is_one_row_with_its_claim_count_and_date_range()
    {
        var rows = await new SupportMatrixService(_store).BuildAsync();

        Assert.Equal([SupportKind.Weapons, SupportKind.Funds, SupportKind.Training], rows.Select(r => r.Kind));
        Assert.All(rows, r => Assert.Equal(("Iran", "Hamas"), (r.Supporter.Name, r.Recipient.Name)));
        var weapons = rows[0];
        Assert.Equal(2, weapons.EvidenceCount);
        Assert.Equal(2, weapons.Documents);
        Assert.Equal(PartialDate.OfDay(2017, 6, 1), weapons.First);
        Assert.Equal(PartialDate.OfDay(2018, 5, 3), weapons.Last);

        // Two independent outlets, neither graded yet.
        Assert.Equal(InformationCredibility.PossiblyTrue, weapons.Credibility);
    }

    [Fact]
    public async Task A_claim_in_the_authors_own_text_is_dated_and_vouched_for_by_its_document()
    {
        var funds = (await new SupportMatrixService(_store).BuildAsync()).Single(r => r.Kind == SupportKind.Funds);

        Assert.Equal(PartialDate.OfDay(2018, 6, 10), funds.First);
        Assert.Equal(funds.First, funds.Last);
        Assert.Null(funds.Strongest.Speaker);
        Assert.Equal("Levant Weekly", Assert.Single(funds.Strongest.Outlets).Outlet);
        Assert.Equal("Iran provides Hamas with money to pay salaries in Gaza.", funds.Strongest.Text);
        Assert.Equal("Iran and Hamas", funds.Strongest.DocumentTitle);
    }

    [Theory]
    [InlineData(ReliabilityGrade.E, ReliabilityGrade.B, "Al-Monitor")]
    [InlineData(ReliabilityGrade.A, ReliabilityGrade.C, "Tasnim")]
    public async Task The_strongest_evidence_is_the_claim_whose_outlet_is_graded_best(ReliabilityGrade tasnim, ReliabilityGrade alMonitor, string strongest)
    {
        var sources = new SourceService(_store);
        await sources.GradeAsync("tasnim", tasnim, "test");
        await sources.GradeAsync("AL-MONITOR", alMonitor, "test");

        var weapons = (await new SupportMatrixService(_store).BuildAsync()).Single(r => r.Kind == SupportKind.Weapons);

        var evidence = weapons.Strongest;
        Assert.Equal(strongest, Assert.Single(evidence.Outlets).Outlet);
        Assert.Equal(InformationCredibility.PossiblyTrue, evidence.Credibility);
        Assert.Contains("with rockets", evidence.Text, StringComparison.Ordinal);
        Assert.Equal(evidence.Text, (await _store.GetDocumentAsync(evidence.Span.Document))!.Text[evidence.Span.Start..evidence.Span.End]);

        // Two independent outlets, one of them graded A–C.
        Assert.Equal(InformationCredibility.ProbablyTrue, weapons.Credibility);
    }

    [Fact]
    public async Task A_period_keeps_only_claims_that_may_fall_in_it()
    {
        var rows = await new SupportMatrixService(_store).BuildAsync(new YearMonth(2018, 1), new YearMonth(2018, 5));

        Assert.Equal([SupportKind.Weapons, SupportKind.Training], rows.Select(r => r.Kind));
        Assert.Equal(1, rows[0].EvidenceCount);
        Assert.Equal(PartialDate.OfDay(2018, 5, 3), rows[0].First);
    }

    [Fact]
    public async Task Keys_an_analyst_merged_fold_into_one_row()
    {
        Write("c.txt", "Aid to the wing\nPublished: 1 March 2018\n\nIran provides the Izz ad-Din al-Qassam Brigades with rockets.\n");
        await new IngestService(_store, new DocumentReader(), new FactExtraction()).IngestAsync([Path.Combine(_folder, "c.txt")]);
        var before = await new SupportMatrixService(_store).BuildAsync();
        var recipients = before.Select(r => r.Recipient.Key).Distinct().ToList();
        Assert.Equal(2, recipients.Count);

        await new ActorService(_store).DecideAsync(Storage.ActorDecisionKind.Merge, recipients[0], recipients[1], "test", "one movement for this test");
        var after = await new SupportMatrixService(_store).BuildAsync();

        Assert.Single(after.Select(r => r.Recipient.Key).Distinct());
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(before.Sum(r => r.EvidenceCount), after.Sum(r => r.EvidenceCount));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_a_user_error()
    {
        await Assert.ThrowsAsync<UserErrorException>(() => new SupportMatrixService(_store).BuildAsync(new YearMonth(2018, 5), new YearMonth(2018, 1)));
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);
}
