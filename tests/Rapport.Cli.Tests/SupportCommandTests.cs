using System.Text.Json;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed class SupportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-support-").FullName;
    private readonly RapportCli _cli;

    public SupportCommandTests() => _cli = new RapportCli(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_reference_report_gives_a_weapons_row_from_the_supporter_to_the_recipient_extraction_names()
    {
        var report = Directory.EnumerateFiles(Path.Combine(RepoPaths.SharedDir, "corpus")).Order(StringComparer.Ordinal).First();
        var extract = await _cli.RunAsync("extract", report);
        using var json = JsonDocument.Parse(extract.Stdout);
        var claim = json.RootElement.GetProperty("support").EnumerateArray()
            .First(c => c.GetProperty("kind").GetString() == "weapons");
        var (supporter, recipient) = (claim.GetProperty("supporter").GetString(), claim.GetProperty("recipient").GetString());
        await _cli.RunAsync("ingest", report);

        var result = await _cli.RunAsync("support", "--csv", "support.csv");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.StartsWith($"{supporter}\t{recipient}\tweapons\t", StringComparison.Ordinal));
        var csv = await File.ReadAllLinesAsync(Path.Combine(_folder, "support.csv"));
        Assert.StartsWith("supporter,", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, l => l.StartsWith($"{supporter},", StringComparison.Ordinal) && l.Contains(",weapons,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("support", "--from", "2018-13")]
    [InlineData("support", "--from", "2018-05", "--to", "2018-01")]
    public async Task Bad_support_arguments_are_one_line_user_errors(params string[] args)
    {
        await _cli.RunAsync("init");

        var result = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(result.ErrorLines));
    }
}
