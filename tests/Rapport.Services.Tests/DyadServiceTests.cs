using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Rapport.Analysis.EventData;
using Rapport.Documents;
using Rapport.Model;
using Rapport.Storage.Sqlite;
using Rapport.Testing;
using Rapport.Testing.EventData;

namespace Rapport.Services.Tests;

public sealed class DyadServiceTests : IAsyncLifetime
{
    private static readonly YearMonth From = new(2016, 1);
    private static readonly YearMonth To = new(2018, 2);
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-dyad-").FullName;
    private string Database => Path.Combine(_folder, "kb.db");
    private SqliteKnowledgeStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteKnowledgeStore.OpenAsync(Database);

        // The reference report's own facts, then an event sample in the ICEWS layout naming the same two sides.
        await new IngestService(_store, new DocumentReader(), new FactExtraction()).IngestAsync([Path.Combine(RepoPaths.SharedDir, "corpus")]);
        var sample = Path.Combine(_folder, "events.tab");
        await using (var writer = new StreamWriter(sample))
        {
            EventFileWriter.WriteIcewsHeader(writer);
            var random = new Random(5);
            for (var i = 0; i < 300; i++)
            {
                var (code, quad, goldstein) = new[] { ("042", 1, 1.9), ("051", 1, 3.4), ("072", 2, 8.3), ("111", 3, -2.0), ("190", 4, -10.0) }[random.Next(5)];
                var forward = random.Next(2) == 0;
                var date = new DateOnly(2015, 6, 1).AddDays(random.Next(1000));
                EventFileWriter.WriteIcews(writer, new SyntheticEvent(
                    900_000 + i, date, "", forward ? "Iran" : "Hamas", "", "", forward ? "Hamas" : "Iran", "", code, quad, goldstein,
                    $"story-{i}", "Place", "", 0, 0));
            }
        }

        await new EventImportService(_store).ImportAsync(EventDataset.Icews, sample);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_monthly_table_matches_a_recount_of_the_stored_events()
    {
        var table = await new DyadService(_store).BuildAsync("Iran", "Hamas", From, To);
        var resolver = new ActorGroupResolver();
        var iran = resolver.Resolve("Iran");
        var hamas = resolver.Resolve("Hamas");

        // Recount from the raw events table, not from the monthly cells the service reads.
        var expected = new Dictionary<YearMonth, (long AToB, long BToA, double Score)>();
        await using (var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT month, source_actor, target_actor, goldstein FROM events WHERE month IS NOT NULL AND source_actor IS NOT NULL AND target_actor IS NOT NULL";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var month = YearMonth.Parse(reader.GetString(0));
                if (month < From || month > To)
                {
                    continue;
                }

                var (source, target, goldstein) = (reader.GetString(1), reader.GetString(2), reader.GetDouble(3));
                var forward = iran.Covers(source, month) && hamas.Covers(target, month);
                var backward = hamas.Covers(source, month) && iran.Covers(target, month);
                if (forward || backward)
                {
                    var cell = expected.GetValueOrDefault(month);
                    expected[month] = (cell.AToB + (forward ? 1 : 0), cell.BToA + (backward ? 1 : 0), cell.Score + goldstein);
                }
            }
        }

        Assert.Equal(26, table.Months.Count);
        Assert.True(table.Months.Sum(m => m.Events) > 100);
        foreach (var row in table.Months)
        {
            var cell = expected.GetValueOrDefault(row.Month);
            Assert.Equal(cell.AToB, row.AToB);
            Assert.Equal(cell.BToA, row.BToA);
            Assert.Equal(cell.Score, row.Score, precision: 4);
            Assert.Equal(row.Events, row.ByQuadClass.Sum());
        }
    }

    [Fact]
    public async Task The_reference_reports_own_meetings_count_in_the_iran_hamas_dyad()
    {
        var table = await new DyadService(_store).BuildAsync("Iran", "Hamas", From, To);
        var own = await _store.CountEventsAsync(FactEvents.Origin);

        Assert.True(own > 0);

        // The reference report's delegation visits of 2017 are visits by Hamas members to Iranian hosts.
        Assert.True(table.Months.Where(m => m.Month.Year == 2017).Sum(m => m.BToA) > 0);
    }

    [Fact]
    public async Task The_chart_is_a_well_formed_svg_with_a_bar_pair_for_every_month_and_a_line_for_the_score()
    {
        var table = await new DyadService(_store).BuildAsync("Iran", "Hamas", From, To);

        var svg = XDocument.Parse(DyadChart.Svg(table));

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(26, svg.Descendants(ns + "rect").Count(r => (string?)r.Attribute("class") == "a-to-b"));
        Assert.Single(svg.Descendants(ns + "polyline"));
        Assert.Equal(table.TurningPoints.Count, svg.Descendants(ns + "line").Count(l => (string?)l.Attribute("class") == "turning-point"));
        Assert.Equal(27, DyadChart.Csv(table).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task An_unknown_side_is_a_user_error()
    {
        var error = await Assert.ThrowsAsync<UserErrorException>(() => new DyadService(_store).BuildAsync("Atlantis", "Hamas", From, To));

        Assert.Contains("'Atlantis'", error.Message);
    }
}
