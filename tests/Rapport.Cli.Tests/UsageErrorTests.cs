namespace Rapport.Cli.Tests;

public sealed class UsageErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-usage-").FullName;
    private readonly RapportCli _cli;

    public UsageErrorTests() => _cli = new RapportCli(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("search")]
    [InlineData("search", "   ")]
    [InlineData("search", "\"\" ()")]
    [InlineData("ingest")]
    [InlineData("documents", "--limit", "0")]
    [InlineData("documents", "--limit", "many")]
    [InlineData("init", "--db", "a.db", "--postgres", "Host=localhost")]
    public async Task Bad_arguments_give_one_error_line_and_exit_code_1(params string[] args)
    {
        var result = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: ", result.ErrorLines[0]);
        Assert.True(result.HasNoStackTrace);
    }

    [Fact]
    public async Task Searching_before_anything_was_ingested_says_there_is_no_knowledge_base_and_creates_none()
    {
        var result = await _cli.RunAsync("search", "Hamas");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Equal("error: no knowledge base at rapport.db; create one with 'rapport init' or 'rapport ingest'", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(Path.Combine(_folder, "rapport.db")));
    }

    [Fact]
    public async Task A_database_option_pointing_at_a_text_file_is_refused_and_the_file_is_untouched()
    {
        var notes = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(notes, "my notes, not a database");

        var result = await _cli.RunAsync("ingest", "--db", notes, notes);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Equal($"error: {notes} is not a Rapport database (not a SQLite file)", Assert.Single(result.ErrorLines));
        Assert.Equal("my notes, not a database", await File.ReadAllTextAsync(notes));
    }

    [Fact]
    public async Task Showing_an_unknown_id_says_so()
    {
        await _cli.RunAsync("init");

        var result = await _cli.RunAsync("show", "abcdef12");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Equal("error: no document with an id starting 'abcdef12'", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task An_unreachable_postgres_server_is_one_line_without_the_password()
    {
        var result = await _cli.RunAsync("init", "--postgres", "Host=127.0.0.1;Port=1;Username=u;Password=hunter2;Timeout=2");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.DoesNotContain("hunter2", result.Stderr);
        Assert.True(result.HasNoStackTrace);
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var result = await _cli.RunAsync("--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        foreach (var command in new[] { "init", "ingest", "documents", "show", "search" })
        {
            Assert.Contains(command, result.Stdout);
        }
    }
}
