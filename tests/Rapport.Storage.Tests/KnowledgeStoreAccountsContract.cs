using Rapport.Model;

namespace Rapport.Storage.Tests;

/// <summary>How every store keeps the web server's users and API tokens, and how an older database gains them.</summary>
public abstract partial class KnowledgeStoreContract
{
    private static readonly DateTimeOffset Created = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    /// <summary>The newest schema version the backend under test knows.</summary>
    protected abstract int LatestSchemaVersion { get; }

    /// <summary>Creates this test's database as an older Rapport left it: only the first <paramref name="version"/> migrations applied.</summary>
    protected abstract Task CreateDatabaseAtVersionAsync(int version);

    [SkippableFact]
    public async Task Users_round_trip_every_field_and_are_listed_by_name()
    {
        UserAccount[] users =
        [
            new("zoe", Role.Viewer, "hash-zoe", Created, Disabled: false),
            new("Alice", Role.Admin, "AQAAAAIAAYagAAAAE+long/hash==", Created.AddMinutes(1), Disabled: false),
            new("bob.smith-2", Role.Analyst, "hash-bob", Created.AddMinutes(2), Disabled: true),
        ];
        await using (var store = await CreateStoreAsync())
        {
            foreach (var user in users)
            {
                await store.AddUserAsync(user);
            }
        }

        await using var reopened = await ReopenStoreAsync();

        Assert.Equal([users[1], users[2], users[0]], await reopened.ListUsersAsync());
        Assert.Equal(users[2], await reopened.GetUserAsync("bob.smith-2"));
        Assert.Null(await reopened.GetUserAsync("carol"));
    }

    [SkippableFact]
    public async Task A_second_user_of_the_same_name_in_any_case_is_refused_and_the_first_is_kept()
    {
        await using var store = await CreateStoreAsync();
        var alice = new UserAccount("Alice", Role.Viewer, "first-hash", Created, Disabled: false);
        await store.AddUserAsync(alice);

        var same = await Assert.ThrowsAsync<StoreException>(() => store.AddUserAsync(alice with { Role = Role.Admin }));
        var otherCase = await Assert.ThrowsAsync<StoreException>(() => store.AddUserAsync(new UserAccount("ALICE", Role.Admin, "other-hash", Created, false)));

        Assert.Contains("already exists", same.Message, StringComparison.Ordinal);
        Assert.Contains("already exists", otherCase.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', otherCase.Message);
        Assert.DoesNotContain("other-hash", otherCase.Message, StringComparison.Ordinal);
        Assert.Equal(alice, Assert.Single(await store.ListUsersAsync()));
    }

    [SkippableFact]
    public async Task User_names_are_found_and_changed_whatever_their_case()
    {
        await using var store = await CreateStoreAsync();
        await store.AddUserAsync(new UserAccount("Alice", Role.Viewer, "old-hash", Created, Disabled: false));

        Assert.True(await store.SetUserRoleAsync("ALICE", Role.Analyst));
        Assert.True(await store.SetPasswordHashAsync("alice", "new-hash"));
        Assert.True(await store.DisableUserAsync("aLiCe"));
        Assert.True(await store.DisableUserAsync("alice"));

        await using var reopened = await ReopenStoreAsync();
        Assert.Equal(new UserAccount("Alice", Role.Analyst, "new-hash", Created, Disabled: true), await reopened.GetUserAsync("ALICE"));
    }

    [SkippableFact]
    public async Task Changing_a_user_who_does_not_exist_changes_nothing_and_says_so()
    {
        await using var store = await CreateStoreAsync();
        await store.AddUserAsync(new UserAccount("alice", Role.Viewer, "hash", Created, Disabled: false));

        Assert.False(await store.SetUserRoleAsync("mallory", Role.Admin));
        Assert.False(await store.SetPasswordHashAsync("mallory", "hash"));
        Assert.False(await store.DisableUserAsync("mallory"));
        Assert.Equal("alice", Assert.Single(await store.ListUsersAsync()).Name);
    }

    [SkippableFact]
    public async Task Tokens_round_trip_and_are_listed_per_user_oldest_first_under_the_users_own_spelling()
    {
        await using (var store = await CreateStoreAsync())
        {
            await store.AddUserAsync(new UserAccount("Alice", Role.Analyst, "hash", Created, Disabled: false));
            await store.AddUserAsync(new UserAccount("bob", Role.Viewer, "hash", Created, Disabled: false));
            await store.AddTokenAsync(new ApiToken("tok2later000", "alice", new string('b', 64), "nightly ingest", Created.AddHours(2), null));
            await store.AddTokenAsync(new ApiToken("tok1first000", "ALICE", new string('a', 64), "brief — ünïcödé", Created, null));
            await store.AddTokenAsync(new ApiToken("tokbob000000", "bob", new string('c', 64), "bob's", Created.AddHours(1), null));
        }

        await using var reopened = await ReopenStoreAsync();
        var alices = await reopened.ListTokensAsync("alice");

        Assert.Equal(
            [
                new ApiToken("tok1first000", "Alice", new string('a', 64), "brief — ünïcödé", Created, null),
                new ApiToken("tok2later000", "Alice", new string('b', 64), "nightly ingest", Created.AddHours(2), null),
            ],
            alices);
        Assert.All(alices, t => Assert.True(t.IsActive));
        Assert.Equal(alices[1], await reopened.FindTokenAsync("tok2later000"));
        Assert.Equal("bob", Assert.Single(await reopened.ListTokensAsync("BOB")).User);
        Assert.Null(await reopened.FindTokenAsync("tok2LATER000"));
        Assert.Null(await reopened.FindTokenAsync("nosuchtoken0"));
        Assert.Empty(await reopened.ListTokensAsync("carol"));
    }

    [SkippableFact]
    public async Task A_token_for_an_unknown_user_or_with_an_id_in_use_is_refused()
    {
        await using var store = await CreateStoreAsync();
        await store.AddUserAsync(new UserAccount("alice", Role.Analyst, "hash", Created, Disabled: false));
        var token = new ApiToken("token0000001", "alice", new string('a', 64), "first", Created, null);
        await store.AddTokenAsync(token);

        var unknown = await Assert.ThrowsAsync<StoreException>(() => store.AddTokenAsync(token with { Id = "token0000002", User = "mallory" }));
        var taken = await Assert.ThrowsAsync<StoreException>(() => store.AddTokenAsync(token with { SecretHash = new string('f', 64), Label = "second" }));

        Assert.Contains("no user named 'mallory'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("already exists", taken.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('f', 64), taken.Message, StringComparison.Ordinal);
        Assert.Equal(token, Assert.Single(await store.ListTokensAsync("alice")));
        Assert.Null(await store.FindTokenAsync("token0000002"));
    }

    [SkippableFact]
    public async Task A_revoked_token_is_no_longer_active_and_keeps_its_first_revocation_time()
    {
        await using (var store = await CreateStoreAsync())
        {
            await store.AddUserAsync(new UserAccount("alice", Role.Analyst, "hash", Created, Disabled: false));
            await store.AddTokenAsync(new ApiToken("revokedtoken", "alice", new string('a', 64), "old laptop", Created, null));
            await store.AddTokenAsync(new ApiToken("activetoken0", "alice", new string('b', 64), "ci", Created.AddMinutes(1), null));

            Assert.True(await store.RevokeTokenAsync("revokedtoken", Created.AddDays(1)));
            Assert.False(await store.RevokeTokenAsync("revokedtoken", Created.AddDays(2)));
            Assert.False(await store.RevokeTokenAsync("nosuchtoken0", Created.AddDays(2)));
        }

        await using var reopened = await ReopenStoreAsync();
        var revoked = await reopened.FindTokenAsync("revokedtoken");
        var active = await reopened.FindTokenAsync("activetoken0");

        Assert.NotNull(revoked);
        Assert.False(revoked.IsActive);
        Assert.Equal(Created.AddDays(1), revoked.RevokedAt);
        Assert.True(active!.IsActive);
        Assert.Equal(["activetoken0"], (await reopened.ListTokensAsync("alice")).Where(t => t.IsActive).Select(t => t.Id));
    }

    [SkippableFact]
    public async Task A_database_of_the_previous_schema_gains_accounts_on_open_and_keeps_its_data()
    {
        // Written as the previous Rapport wrote it: every migration but the newest, then rows in its tables.
        var previous = LatestSchemaVersion - 1;
        await CreateDatabaseAtVersionAsync(previous);
        await ExecuteSqlAsync("""
            INSERT INTO outlet_grades (outlet_key, outlet, grade, who, graded_at) VALUES ('tasnim', 'Tasnim', 'D', 'analyst', '2026-01-02T03:04:05.0000000+00:00');
            INSERT INTO actor_decisions (kind, actor_a, actor_b, who, decided_at, why) VALUES ('merge', 'name:A', 'name:B', 'analyst', '2026-01-02T03:04:05.0000000+00:00', 'same person');
            """);

        await using (var store = await ReopenStoreAsync())
        {
            Assert.Equal(LatestSchemaVersion, store.SchemaVersion);
            var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
            Assert.Equal([new OutletGrade("Tasnim", ReliabilityGrade.D, "analyst", at)], await store.ListOutletGradesAsync());
            Assert.Equal([new ActorDecision(ActorDecisionKind.Merge, "name:A", "name:B", "analyst", at, "same person")], await store.ListActorDecisionsAsync());
            Assert.Empty(await store.ListUsersAsync());
            await store.AddUserAsync(new UserAccount("alice", Role.Admin, "hash", Created, Disabled: false));
            await store.AddTokenAsync(new ApiToken("token0000001", "alice", new string('a', 64), "ci", Created, null));
        }

        await using var reopened = await ReopenStoreAsync();
        Assert.Equal(LatestSchemaVersion, reopened.SchemaVersion);
        Assert.Equal(Role.Admin, (await reopened.GetUserAsync("ALICE"))!.Role);
        Assert.Single(await reopened.ListTokensAsync("alice"));
        Assert.Single(await reopened.ListOutletGradesAsync());
    }
}
