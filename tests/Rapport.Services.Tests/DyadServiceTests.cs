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
    public async Task Each_turning_point_comes_with_the_events_of_its_first_months_that_moved_the_score_its_way()
    {
        // A clear step: from mid-2017 on, twenty military-aid events a month on top of the sample's background.
        var step = new List<Rapport.Storage.EventRecord>();
        for (var month = new YearMonth(2017, 6); month <= To; month += 1)
        {
            for (var i = 0; i < 20; i++)
            {
                step.Add(new Rapport.Storage.EventRecord("icews", $"step-{month}-{i}", PartialDate.OfDay(month.Year, month.Month, 1 + i), "Iran", "Iran", "Hamas", "Hamas", "072", 2, 8.3, null));
            }
        }

        await Rapport.Storage.KnowledgeStoreExtensions.AddEventsAsync(_store, step);
        var table = await new DyadService(_store).BuildAsync("Iran", "Hamas", From, To);

        Assert.NotEmpty(table.TurningPoints);
        Assert.Equal(table.TurningPoints.Count, table.Evidence.Count);
        for (var t = 0; t < table.TurningPoints.Count; t++)
        {
            var start = table.Months[table.TurningPoints[t].Index].Month;
            foreach (var e in table.Evidence[t])
            {
                var month = YearMonth.From(e.Date)!.Value;
                Assert.InRange(month - start, 0, 2);
            }

            var direction = Math.Sign(table.TurningPoints[t].Magnitude);
            var pull = table.Evidence[t].Select(e => direction * e.Goldstein).ToList();
            Assert.All(pull, p => Assert.True(p > 0));
            Assert.Equal(pull.OrderDescending(), pull);
        }

        var rise = table.TurningPoints.Select((turn, t) => (turn, t)).Single(p => table.Months[p.turn.Index].Month == new YearMonth(2017, 6));
        Assert.All(table.Evidence[rise.t], e => Assert.Equal("072", e.CameoCode));
    }

    [SkippableFact]
    public async Task The_chart_renders_as_an_image_of_its_declared_size()
    {
        Skip.IfNot(File.Exists("/usr/bin/rsvg-convert"), "SVG RENDER CHECK SKIPPED: rsvg-convert (Debian librsvg2-bin) is not installed; scripts/test.sh installs it");
        var table = await new DyadService(_store).BuildAsync("Iran", "Hamas", From, To);
        var svg = Path.Combine(_folder, "chart.svg");
        var png = Path.Combine(_folder, "chart.png");
        await File.WriteAllTextAsync(svg, DyadChart.Svg(table));

        var (exit, output) = await CommandRunner.RunAsync("/usr/bin/rsvg-convert", [svg, "-o", png], TimeSpan.FromMinutes(1));

        Assert.True(exit == 0, output);
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        Assert.Equal(960, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(420, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));

        // A blank canvas compresses to a few hundred bytes; bars, lines and labels do not.
        Assert.True(bytes.Length > 5_000, $"{bytes.Length} bytes");
    }

    [Fact]
    public async Task An_unknown_side_is_a_user_error()
    {
        var error = await Assert.ThrowsAsync<UserErrorException>(() => new DyadService(_store).BuildAsync("Atlantis", "Hamas", From, To));

        Assert.Contains("'Atlantis'", error.Message);
    }
}
