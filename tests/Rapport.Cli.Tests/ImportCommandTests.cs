using Rapport.Model;
using Rapport.Storage;
using Rapport.Storage.Sqlite;
using Rapport.Testing.EventData;

namespace Rapport.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private static readonly DateOnly From = new(2017, 1, 1);
    private static readonly DateOnly To = new(2018, 2, 28);
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-import-").FullName;
    private readonly RapportCli _cli;

    public ImportCommandTests() => _cli = new RapportCli(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(GdeltLayout.Version1)]
    [InlineData(GdeltLayout.Version1WithoutUrl)]
    [InlineData(GdeltLayout.Version2)]
    public async Task A_gdelt_file_is_imported_once_and_its_monthly_cells_add_up(GdeltLayout layout)
    {
        var path = Path.Combine(_folder, "events.CSV");
        var written = new EventDataGenerator(seed: 7).WriteGdeltFile(path, 200_000, layout, From, To);

        var first = await _cli.RunAsync("import", "gdelt", path);
        var again = await _cli.RunAsync("import", "gdelt", path);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains($"{written} events added, 0 already present, 0 lines skipped", first.Stdout);
        Assert.Contains($"0 events added, {written} already present", again.Stdout);
        await using var store = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "rapport.db"), createIfMissing: false);
        Assert.Equal(written, await store.CountEventsAsync());
        var everyone = new ActorSelector([], ["X"]);
        var cells = await store.GetEventMonthsAsync(everyone, everyone, YearMonth.MinValue, YearMonth.MaxValue);
        Assert.Equal(written, cells.Sum(c => c.Events));
    }

    [Fact]
    public async Task An_icews_file_is_imported()
    {
        var path = Path.Combine(_folder, "events.2017.tab");
        var written = new EventDataGenerator(seed: 8).WriteIcewsFile(path, 100_000, From, To);

        var result = await _cli.RunAsync("import", "icews", path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"{written} events added", result.Stdout);
    }

    [Fact]
    public async Task Malformed_lines_are_reported_with_their_line_number_and_the_rest_is_imported()
    {
        var path = Path.Combine(_folder, "events.CSV");
        var written = new EventDataGenerator(seed: 9).WriteGdeltFile(path, 50_000, GdeltLayout.Version2, From, To);
        var lines = (await File.ReadAllLinesAsync(path)).ToList();
        lines.Insert(3, string.Join('\t', Enumerable.Repeat("garbage", 61)));
        await File.WriteAllLinesAsync(path, lines);

        var result = await _cli.RunAsync("import", "gdelt", path);

        Assert.Equal(ExitCodes.InputsRejected, result.ExitCode);
        Assert.StartsWith($"skipped: {path}:4: ", Assert.Single(result.ErrorLines));
        Assert.Contains($"{written} events added, 0 already present, 1 lines skipped", result.Stdout);
    }

    [Fact]
    public async Task Too_many_malformed_lines_import_nothing_at_all()
    {
        var path = Path.Combine(_folder, "events.CSV");
        new EventDataGenerator(seed: 10).WriteGdeltFile(path, 2_000_000, GdeltLayout.Version2, From, To);
        await File.AppendAllTextAsync(path, string.Join('\t', Enumerable.Repeat("garbage", 61)) + "\n");
        await _cli.RunAsync("init");

        var result = await _cli.RunAsync("import", "gdelt", "--max-errors", "0", path);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.EndsWith("nothing was imported", Assert.Single(result.ErrorLines));
        await using var store = await SqliteKnowledgeStore.OpenAsync(Path.Combine(_folder, "rapport.db"), createIfMissing: false);
        Assert.Equal(0, await store.CountEventsAsync());
    }

    [Fact]
    public async Task A_file_of_the_wrong_width_is_refused_in_one_line()
    {
        var path = Path.Combine(_folder, "wrong.CSV");
        await File.WriteAllTextAsync(path, "a\tb\tc\n");

        var result = await _cli.RunAsync("import", "gdelt", path);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Equal($"error: {path}: line 1 has 3 tab-separated columns; GDELT 1.0 has 57 or 58 and GDELT 2.0 has 61", Assert.Single(result.ErrorLines));
    }
}
