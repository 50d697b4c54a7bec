using System.Text;
using Rapport.Services.Accounts;
using Rapport.Storage.Sqlite;

namespace Rapport.Cli.Tests;

/// <summary><c>rapport users</c> and <c>rapport tokens</c> through the real CLI, as an admin bootstrapping the web server would use them.</summary>
public sealed class AccountCommandTests : IDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-accounts-").FullName;
    private readonly RapportCli _cli;

    public AccountCommandTests() => _cli = new RapportCli(_folder);

    private string DatabasePath => Path.Combine(_folder, "kb.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_first_admin_is_created_from_a_password_on_stdin_and_only_its_hash_is_stored()
    {
        var added = await _cli.RunWithStdinAsync(Password + "\n", "users", "add", "Alice", "--role", "admin", "--db", "kb.db");
        var listed = await _cli.RunAsync("users", "list", "--db", "kb.db");

        Assert.Equal(ExitCodes.Ok, added.ExitCode);
        Assert.Equal("added user Alice (admin)", Assert.Single(added.OutputLines));
        Assert.Empty(added.Stderr);
        Assert.Equal(ExitCodes.Ok, listed.ExitCode);
        Assert.Equal("name\trole\tstatus\tcreated", listed.OutputLines[0]);
        Assert.StartsWith("Alice\tadmin\tactive\t", listed.OutputLines[1], StringComparison.Ordinal);
        Assert.Equal("1 users", listed.OutputLines[^1]);
        Assert.Equal("Alice", (await VerifyAsync("alice", Password))?.Name);
        Assert.Null(await VerifyAsync("alice", Password + "\n"));
        Assert.False(DatabaseContains(Password));
    }

    [Fact]
    public async Task Password_stdin_may_be_asked_for_explicitly_and_the_role_defaults_to_viewer()
    {
        var added = await _cli.RunWithStdinAsync(Password, "users", "add", "bob", "--password-stdin", "--db", "kb.db");

        Assert.Equal(ExitCodes.Ok, added.ExitCode);
        Assert.Equal("added user bob (viewer)", Assert.Single(added.OutputLines));
        Assert.NotNull(await VerifyAsync("BOB", Password));
    }

    [Theory]
    [InlineData("short pw\n", "too weak")]
    [InlineData("", "no password on standard input")]
    [InlineData("first line of it\nsecond line of it\n", "one line")]
    public async Task An_unusable_password_is_one_line_on_stderr_and_creates_no_one(string stdin, string expected)
    {
        var result = await _cli.RunWithStdinAsync(stdin, "users", "add", "alice", "--role", "analyst", "--db", "kb.db");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.True(result.HasNoStackTrace);
        foreach (var part in stdin.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.DoesNotContain(part, result.Stderr + result.Stdout, StringComparison.Ordinal);
        }

        Assert.Null(await VerifyAsync("alice", Password));
    }

    [Theory]
    [InlineData("al ice", "--role", "analyst", "user name")]
    [InlineData("alice", "--role", "root", "the role must be one of viewer, analyst, admin")]
    public async Task A_bad_name_or_role_is_refused_before_the_password_is_read(string name, string option, string role, string expected)
    {
        var result = await _cli.RunWithStdinAsync(Password, "users", "add", name, option, role, "--db", "kb.db");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.True(result.HasNoStackTrace);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task A_name_taken_in_another_case_is_refused_and_unknown_users_are_named_in_the_error()
    {
        await AddUserAsync("alice", "viewer");

        var duplicate = await _cli.RunWithStdinAsync("another long password", "users", "add", "ALICE", "--role", "admin", "--db", "kb.db");
        string[][] unknown =
        [
            ["users", "role", "carol", "admin"],
            ["users", "disable", "carol"],
            ["tokens", "add", "carol", "--label", "ci"],
            ["tokens", "list", "carol"],
        ];

        Assert.Equal(ExitCodes.UserError, duplicate.ExitCode);
        Assert.Contains("already exists", Assert.Single(duplicate.ErrorLines), StringComparison.Ordinal);
        foreach (var args in unknown)
        {
            var result = await _cli.RunAsync([.. args, "--db", "kb.db"]);
            Assert.Equal(ExitCodes.UserError, result.ExitCode);
            Assert.Equal("error: no user named 'carol'", Assert.Single(result.ErrorLines));
        }

        Assert.Equal(Storage.Role.Viewer, (await VerifyAsync("alice", Password))?.Role);
    }

    [Fact]
    public async Task A_role_change_and_a_disabled_account_show_in_the_list_and_a_disabled_user_cannot_sign_in()
    {
        await AddUserAsync("alice", "viewer");
        await AddUserAsync("bob", "analyst");

        var promoted = await _cli.RunAsync("users", "role", "ALICE", "Analyst", "--db", "kb.db");
        var disabled = await _cli.RunAsync("users", "disable", "bob", "--db", "kb.db");
        var listed = await _cli.RunAsync("users", "list", "--db", "kb.db");

        Assert.Equal("alice is now analyst", Assert.Single(promoted.OutputLines));
        Assert.Equal(ExitCodes.Ok, disabled.ExitCode);
        Assert.StartsWith("alice\tanalyst\tactive\t", listed.OutputLines[1], StringComparison.Ordinal);
        Assert.StartsWith("bob\tanalyst\tdisabled\t", listed.OutputLines[2], StringComparison.Ordinal);
        Assert.Null(await VerifyAsync("bob", Password));
    }

    [Fact]
    public async Task A_token_is_printed_once_works_until_revoked_and_is_never_listed()
    {
        await AddUserAsync("alice", "analyst");

        var issued = await _cli.RunAsync("tokens", "add", "alice", "--label", "nightly ingest", "--db", "kb.db");
        var token = Assert.Single(issued.OutputLines);
        Assert.True(ApiTokenFormat.TryParse(token, out var id, out var secret));
        var before = await _cli.RunAsync("tokens", "list", "ALICE", "--db", "kb.db");
        var authenticated = await AuthenticateAsync(token);
        var revoked = await _cli.RunAsync("tokens", "revoke", id, "--db", "kb.db");
        var after = await _cli.RunAsync("tokens", "list", "alice", "--db", "kb.db");

        Assert.Equal(ExitCodes.Ok, issued.ExitCode);
        Assert.Matches("^rpt_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$", token);
        Assert.Contains($"issued token {id} for alice (nightly ingest)", issued.Stderr, StringComparison.Ordinal);
        Assert.Contains("shown only this once", issued.Stderr, StringComparison.Ordinal);
        Assert.Equal("alice", authenticated?.Name);
        Assert.Equal(ExitCodes.Ok, before.ExitCode);
        Assert.StartsWith($"{id}\tnightly ingest\t", before.OutputLines[1], StringComparison.Ordinal);
        Assert.EndsWith("\tactive", before.OutputLines[1], StringComparison.Ordinal);
        Assert.Equal("1 tokens, 1 active", before.OutputLines[^1]);
        Assert.DoesNotContain(secret, before.Stdout + after.Stdout, StringComparison.Ordinal);
        Assert.False(DatabaseContains(secret));
        Assert.Equal(ExitCodes.Ok, revoked.ExitCode);
        Assert.StartsWith($"revoked: {id} (nightly ingest) of alice, since ", Assert.Single(revoked.OutputLines), StringComparison.Ordinal);
        Assert.Contains("\trevoked ", after.OutputLines[1], StringComparison.Ordinal);
        Assert.Equal("1 tokens, 0 active", after.OutputLines[^1]);
        Assert.Null(await AuthenticateAsync(token));
    }

    [Fact]
    public async Task Revoking_an_unknown_id_or_a_whole_token_and_issuing_without_a_label_are_user_errors()
    {
        await AddUserAsync("alice", "analyst");
        var token = Assert.Single((await _cli.RunAsync("tokens", "add", "alice", "--label", "ci", "--db", "kb.db")).OutputLines);

        var unknown = await _cli.RunAsync("tokens", "revoke", "aaaaaaaaaaaa", "--db", "kb.db");
        var whole = await _cli.RunAsync("tokens", "revoke", token, "--db", "kb.db");
        var unlabelled = await _cli.RunAsync("tokens", "add", "alice", "--db", "kb.db");

        Assert.Equal(ExitCodes.UserError, unknown.ExitCode);
        Assert.Equal("error: no token with id 'aaaaaaaaaaaa'", Assert.Single(unknown.ErrorLines));
        Assert.Equal(ExitCodes.UserError, whole.ExitCode);
        Assert.DoesNotContain(token, whole.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UserError, unlabelled.ExitCode);
        Assert.Contains("--label", Assert.Single(unlabelled.ErrorLines), StringComparison.Ordinal);
        Assert.NotNull(await AuthenticateAsync(token));
    }

    private async Task AddUserAsync(string name, string role)
    {
        var result = await _cli.RunWithStdinAsync(Password, "users", "add", name, "--role", role, "--db", "kb.db");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
    }

    private async Task<Storage.UserAccount?> VerifyAsync(string name, string password)
    {
        if (!File.Exists(DatabasePath))
        {
            return null;
        }

        await using var store = await SqliteKnowledgeStore.OpenAsync(DatabasePath, createIfMissing: false);
        return await new AccountService(store).VerifyAsync(name, password);
    }

    private async Task<Storage.UserAccount?> AuthenticateAsync(string token)
    {
        await using var store = await SqliteKnowledgeStore.OpenAsync(DatabasePath, createIfMissing: false);
        return await new AccountService(store).AuthenticateTokenAsync(token);
    }

    // Reads the database and its write-ahead log as bytes: what a stolen copy of the files would give away.
    private bool DatabaseContains(string text)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var needle = Encoding.UTF8.GetBytes(text);
        return Directory.GetFiles(_folder, "kb.db*").Any(f => File.ReadAllBytes(f).AsSpan().IndexOf(needle) >= 0);
    }
}
