using Rapport.Services.Accounts;
using Rapport.Storage;

namespace Rapport.Services.Tests.Accounts;

/// <summary>API tokens through <see cref="AccountService"/>, on a real SQLite store.</summary>
public sealed class ApiTokenTests : AccountStoreFixture
{
    private const string Password = "correct horse battery";

    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    private AccountService Service => new(Store, new Microsoft.AspNetCore.Identity.PasswordHasher<UserAccount>(), _clock);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Service.AddUserAsync("Alice", Role.Analyst, Password);
    }

    [Fact]
    public async Task An_issued_token_has_the_documented_form_and_only_a_hash_of_its_secret_is_stored()
    {
        var issued = await Service.IssueTokenAsync("alice", "  nightly ingest  ");

        Assert.Matches("^rpt_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$", issued.Plaintext);
        Assert.True(ApiTokenFormat.TryParse(issued.Plaintext, out var id, out var secret));
        var stored = await Store.FindTokenAsync(id);
        Assert.Equal(issued.Token, stored);
        Assert.Equal(new ApiToken(id, "Alice", ApiTokenFormat.HashSecret(secret), "nightly ingest", _clock.Now, null), stored);
        Assert.Equal(64, stored!.SecretHash.Length);
        Assert.DoesNotContain(secret, stored.SecretHash, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, issued.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_authenticates_its_user_and_two_tokens_never_share_an_id_or_secret()
    {
        var first = await Service.IssueTokenAsync("alice", "ci");
        var second = await Service.IssueTokenAsync("ALICE", "laptop");

        Assert.Equal("Alice", (await Service.AuthenticateTokenAsync(first.Plaintext))?.Name);
        Assert.Equal("Alice", (await Service.AuthenticateTokenAsync(second.Plaintext))?.Name);
        Assert.NotEqual(first.Token.Id, second.Token.Id);
        Assert.NotEqual(first.Token.SecretHash, second.Token.SecretHash);

        // Both were issued at the same (fake) instant, so the list's tie-break — the id — decides their order.
        Assert.Equal(new[] { first.Token, second.Token }.OrderBy(t => t.Id, StringComparer.Ordinal), await Service.ListTokensAsync("alice"));
    }

    [Fact]
    public async Task A_forged_malformed_or_unknown_token_authenticates_no_one()
    {
        var issued = await Service.IssueTokenAsync("alice", "ci");
        var text = issued.Plaintext;
        var lastChanged = text[..^1] + (text[^1] == 'A' ? 'B' : 'A');
        var otherId = "rpt_" + new string('a', 12) + text[16..];

        Assert.Null(await Service.AuthenticateTokenAsync(lastChanged));
        Assert.Null(await Service.AuthenticateTokenAsync(otherId));
        Assert.Null(await Service.AuthenticateTokenAsync(text + "x"));
        Assert.Null(await Service.AuthenticateTokenAsync(text[..^1]));
        Assert.Null(await Service.AuthenticateTokenAsync(text.ToUpperInvariant()));
        Assert.Null(await Service.AuthenticateTokenAsync("Bearer " + text));
        Assert.Null(await Service.AuthenticateTokenAsync(string.Empty));
        Assert.Null(await Service.AuthenticateTokenAsync(issued.Token.Id));
        Assert.Null(await Service.AuthenticateTokenAsync(text.Replace('_', '.')));
        Assert.NotNull(await Service.AuthenticateTokenAsync(text));
    }

    [Fact]
    public async Task A_revoked_token_stops_working_and_keeps_the_time_it_was_first_revoked()
    {
        var revoked = await Service.IssueTokenAsync("alice", "old laptop");
        var kept = await Service.IssueTokenAsync("alice", "ci");
        var revokedAt = _clock.Now.AddHours(1);
        _clock.Now = revokedAt;

        var first = await Service.RevokeTokenAsync(revoked.Token.Id.ToUpperInvariant());
        _clock.Now = revokedAt.AddHours(1);
        var again = await Service.RevokeTokenAsync(revoked.Token.Id);

        Assert.Equal(revokedAt, first.RevokedAt);
        Assert.Equal(first, again);
        Assert.Null(await Service.AuthenticateTokenAsync(revoked.Plaintext));
        Assert.NotNull(await Service.AuthenticateTokenAsync(kept.Plaintext));
    }

    [Fact]
    public async Task Disabling_a_user_stops_their_tokens_and_new_ones_are_refused()
    {
        var issued = await Service.IssueTokenAsync("alice", "ci");

        await Service.DisableAsync("alice");

        Assert.Null(await Service.AuthenticateTokenAsync(issued.Plaintext));
        Assert.True(Assert.Single(await Store.ListTokensAsync("alice")).IsActive);
        var ex = await Assert.ThrowsAsync<UserErrorException>(() => Service.IssueTokenAsync("alice", "another"));
        Assert.Contains("disabled", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_for_unknown_users_with_bad_labels_or_unknown_ids_are_user_errors()
    {
        var unknownUser = await Assert.ThrowsAsync<UserErrorException>(() => Service.IssueTokenAsync("carol", "ci"));
        await Assert.ThrowsAsync<UserErrorException>(() => Service.IssueTokenAsync("alice", "   "));
        await Assert.ThrowsAsync<UserErrorException>(() => Service.IssueTokenAsync("alice", "two\nlines"));
        await Assert.ThrowsAsync<UserErrorException>(() => Service.IssueTokenAsync("alice", new string('l', 101)));
        var unknownId = await Assert.ThrowsAsync<UserErrorException>(() => Service.RevokeTokenAsync("aaaaaaaaaaaa"));
        var notAnId = await Assert.ThrowsAsync<UserErrorException>(() => Service.RevokeTokenAsync("rpt_secret-looking-text"));
        await Assert.ThrowsAsync<UserErrorException>(() => Service.ListTokensAsync("carol"));

        Assert.Equal("no user named 'carol'", unknownUser.Message);
        Assert.Equal("no token with id 'aaaaaaaaaaaa'", unknownId.Message);
        Assert.DoesNotContain("secret-looking", notAnId.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.ListTokensAsync("alice"));
    }
}
