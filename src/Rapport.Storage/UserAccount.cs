using System.Text;

namespace Rapport.Storage;

/// <summary>A person who may sign in to Rapport's web server, and what they may do there.</summary>
/// <param name="Name">The sign-in name as it was first written; names compare case-insensitively (see <see cref="KeyOf"/>).</param>
/// <param name="Role">What the account may do.</param>
/// <param name="PasswordHash">The password hasher's output (algorithm, salt and hash in one string); never the password.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="Disabled">True when the account may no longer sign in or use its tokens; kept rather than deleted so its history stays readable.</param>
public sealed record UserAccount(string Name, Role Role, string PasswordHash, DateTimeOffset CreatedAt, bool Disabled)
{
    /// <summary>The key accounts are compared by: lower-cased, so "Alice" and "alice" are one account.</summary>
    public static string KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToLowerInvariant();
    }

    // Records print every property; a password hash in a log line is material for an offline attack, so it is left out.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name)
            .Append(", Role = ").Append(Role)
            .Append(", CreatedAt = ").Append(CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", Disabled = ").Append(Disabled);
        return true;
    }
}
