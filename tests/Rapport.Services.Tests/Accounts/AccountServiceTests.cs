using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rapport.Services.Accounts;
using Rapport.Storage;

namespace Rapport.Services.Tests.Accounts;

/// <summary>Users and passwords through <see cref="AccountService"/>, on a real SQLite store.</summary>
public sealed class AccountServiceTests : AccountStoreFixture
{
    private const string Password = "correct horse battery";

    private AccountService Service => new(Store);

    [Fact]
    public async Task A_new_user_signs_in_with_their_password_and_only_its_hash_is_stored()
    {
        var added = await Service.AddUserAsync("Alice", Role.Analyst, Password);

        var stored = await Store.GetUserAsync("alice");
        var signedIn = await Service.VerifyAsync("Alice", Password);

        Assert.Equal(added, stored);
        Assert.Equal(added, signedIn);
        Assert.Equal(Role.Analyst, stored!.Role);
        Assert.False(stored.Disabled);
        Assert.DoesNotContain(Password, stored.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(0x01, Convert.FromBase64String(stored.PasswordHash)[0]);
    }

    [Fact]
    public async Task Sign_in_names_do_not_depend_on_case()
    {
        await Service.AddUserAsync("Alice", Role.Viewer, Password);

        var user = await Service.VerifyAsync("ALICE", Password);

        Assert.Equal("Alice", user?.Name);
    }

    [Fact]
    public async Task A_wrong_password_an_unknown_name_and_a_disabled_user_all_fail_alike()
    {
        await Service.AddUserAsync("alice", Role.Viewer, Password);
        await Service.AddUserAsync("root", Role.Admin, Password);
        await Service.AddUserAsync("bob", Role.Admin, Password);
        await Service.DisableAsync("BOB");

        Assert.Null(await Service.VerifyAsync("alice", Password + "!"));
        Assert.Null(await Service.VerifyAsync("alice", string.Empty));
        Assert.Null(await Service.VerifyAsync("alice", new string('x', AccountRules.MaxPasswordLength + 1)));
        Assert.Null(await Service.VerifyAsync("carol", Password));
        Assert.Null(await Service.VerifyAsync("not a name", Password));
        Assert.Null(await Service.VerifyAsync("bob", Password));
        Assert.True((await Store.GetUserAsync("bob"))!.Disabled);
    }

    [Fact]
    public async Task A_second_user_of_the_same_name_in_any_case_is_a_user_error()
    {
        await Service.AddUserAsync("alice", Role.Viewer, Password);

        var ex = await Assert.ThrowsAsync<UserErrorException>(() => Service.AddUserAsync("ALICE", Role.Admin, "another long password"));

        Assert.Contains("already exists", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Role.Viewer, Assert.Single(await Store.ListUsersAsync()).Role);
    }

    [Theory]
    [InlineData("")]
    [InlineData("al ice")]
    [InlineData("alice@example.org")]
    [InlineData("a/b")]
    [InlineData("\u0430lice")] // Cyrillic а: looks like "alice"
    [InlineData("alice\n")]
    public async Task Names_outside_letters_digits_dot_underscore_and_dash_are_refused(string name)
    {
        var ex = await Assert.ThrowsAsync<UserErrorException>(() => Service.AddUserAsync(name, Role.Viewer, Password));

        Assert.Contains("user name", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.ListUsersAsync());
    }

    [Fact]
    public async Task Names_of_one_to_sixty_four_characters_are_accepted()
    {
        await Service.AddUserAsync("a", Role.Viewer, Password);
        await Service.AddUserAsync("Bob.Smith_2-x", Role.Viewer, Password);
        await Service.AddUserAsync(new string('n', 64), Role.Viewer, Password);

        await Assert.ThrowsAsync<UserErrorException>(() => Service.AddUserAsync(new string('n', 65), Role.Viewer, Password));
        Assert.Equal(3, (await Service.ListUsersAsync()).Count);
    }

    [Theory]
    [InlineData("short pw 11")]
    [InlineData("            ")]
    [InlineData("😀😀😀😀😀😀😀😀😀😀😀")]
    public async Task A_weak_password_is_refused_without_repeating_it(string password)
    {
        var ex = await Assert.ThrowsAsync<UserErrorException>(() => Service.AddUserAsync("alice", Role.Viewer, password));

        Assert.Contains("at least 12 characters", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(password.Trim().Length > 0 ? password : "\u0000", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.ListUsersAsync());
    }

    [Fact]
    public async Task Twelve_characters_are_enough_and_each_emoji_counts_once()
    {
        await Service.AddUserAsync("alice", Role.Viewer, "exactly12chr");
        await Service.AddUserAsync("bob", Role.Viewer, "😀😀😀😀😀😀😀😀😀😀😀😀");

        Assert.NotNull(await Service.VerifyAsync("bob", "😀😀😀😀😀😀😀😀😀😀😀😀"));
    }

    [Fact]
    public async Task A_hash_from_older_settings_is_replaced_at_the_next_sign_in()
    {
        var old = new PasswordHasher<UserAccount>(Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));
        var user = new UserAccount("alice", Role.Analyst, string.Empty, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), Disabled: false);
        var oldHash = old.HashPassword(user, Password);
        await Store.AddUserAsync(user with { PasswordHash = oldHash });

        var signedIn = await Service.VerifyAsync("alice", Password);

        var stored = await Store.GetUserAsync("alice");
        Assert.NotEqual(oldHash, stored!.PasswordHash);
        Assert.Equal(stored, signedIn);
        Assert.Equal(0x01, Convert.FromBase64String(stored.PasswordHash)[0]);
        Assert.NotNull(await Service.VerifyAsync("alice", Password));
        Assert.Null(await Service.VerifyAsync("alice", "a wrong password"));
    }

    [Fact]
    public async Task A_hash_that_is_not_a_hash_matches_no_password()
    {
        await Store.AddUserAsync(new UserAccount("alice", Role.Admin, "not base64 at all!", DateTimeOffset.UnixEpoch, Disabled: false));

        Assert.Null(await Service.VerifyAsync("alice", "not base64 at all!"));
    }

    [Fact]
    public async Task A_new_password_replaces_the_old_one()
    {
        await Service.AddUserAsync("alice", Role.Viewer, Password);

        await Service.SetPasswordAsync("ALICE", "a brand new passphrase");

        Assert.Null(await Service.VerifyAsync("alice", Password));
        Assert.NotNull(await Service.VerifyAsync("alice", "a brand new passphrase"));
        await Assert.ThrowsAsync<UserErrorException>(() => Service.SetPasswordAsync("alice", "short"));
        await Assert.ThrowsAsync<UserErrorException>(() => Service.SetPasswordAsync("carol", "a brand new passphrase"));
    }

    [Fact]
    public async Task Roles_change_and_unknown_users_are_user_errors()
    {
        await Service.AddUserAsync("alice", Role.Viewer, Password);

        var promoted = await Service.SetRoleAsync("Alice", Role.Admin);
        var missingRole = await Assert.ThrowsAsync<UserErrorException>(() => Service.SetRoleAsync("carol", Role.Admin));
        var missingDisable = await Assert.ThrowsAsync<UserErrorException>(() => Service.DisableAsync("carol"));

        Assert.Equal(Role.Admin, promoted.Role);
        Assert.Equal(Role.Admin, (await Store.GetUserAsync("alice"))!.Role);
        Assert.Equal("no user named 'carol'", missingRole.Message);
        Assert.Equal("no user named 'carol'", missingDisable.Message);
    }

    [Fact]
    public async Task The_last_active_admin_can_be_neither_demoted_nor_disabled()
    {
        await Service.AddUserAsync("root", Role.Admin, Password);
        await Service.AddUserAsync("bob", Role.Analyst, Password);

        var demote = await Assert.ThrowsAsync<UserErrorException>(() => Service.SetRoleAsync("ROOT", Role.Analyst));
        var disable = await Assert.ThrowsAsync<UserErrorException>(() => Service.DisableAsync("root"));

        Assert.Contains("only active admin", demote.Message, StringComparison.Ordinal);
        Assert.Contains("only active admin", disable.Message, StringComparison.Ordinal);
        Assert.Equal(Role.Admin, (await Store.GetUserAsync("root"))!.Role);
        Assert.False((await Store.GetUserAsync("root"))!.Disabled);
    }

    [Fact]
    public async Task An_admin_can_step_down_once_another_admin_exists()
    {
        await Service.AddUserAsync("root", Role.Admin, Password);
        await Service.AddUserAsync("bob", Role.Analyst, Password);
        await Service.SetRoleAsync("bob", Role.Admin);

        var root = await Service.SetRoleAsync("root", Role.Viewer);

        Assert.Equal(Role.Viewer, root.Role);
        await Assert.ThrowsAsync<UserErrorException>(() => Service.DisableAsync("bob"));
    }
}
