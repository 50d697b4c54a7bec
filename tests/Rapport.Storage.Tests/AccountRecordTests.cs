namespace Rapport.Storage.Tests;

/// <summary>What the account records let out when printed: they end up in logs and assertion messages.</summary>
public sealed class AccountRecordTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    [Fact]
    public void Records_do_not_print_password_or_token_hashes()
    {
        var user = new UserAccount("alice", Role.Admin, "SECRET-PASSWORD-HASH", Created, Disabled: false);
        var token = new ApiToken("token0000001", "alice", "SECRET-TOKEN-HASH", "ci", Created, null);

        Assert.DoesNotContain("SECRET", user.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", token.ToString(), StringComparison.Ordinal);
        Assert.Contains("alice", user.ToString(), StringComparison.Ordinal);
        Assert.Contains("token0000001", token.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("viewer", Role.Viewer)]
    [InlineData(" Analyst ", Role.Analyst)]
    [InlineData("ADMIN", Role.Admin)]
    public void Role_words_are_read_whatever_their_case(string text, Role expected)
    {
        Assert.True(RoleNames.TryParse(text, out var role));
        Assert.Equal(expected, role);
        Assert.Equal(text.Trim().ToLowerInvariant(), RoleNames.ToText(role));
    }

    [Fact]
    public void Roles_are_ordered_so_each_includes_the_ones_before_it()
    {
        Assert.True(Role.Viewer < Role.Analyst && Role.Analyst < Role.Admin);
        Assert.False(RoleNames.TryParse("root", out _));
        Assert.Equal(Enum.GetValues<Role>().Select(RoleNames.ToText), RoleNames.All);
    }
}
