using System.Text;

namespace Rapport.Storage;

/// <summary>
/// A bearer token a script uses instead of a password. The store keeps only a hash of the token's secret: the
/// plaintext is shown once when the token is issued and cannot be recovered from the database.
/// </summary>
/// <param name="Id">The token's public identifier, part of the token itself; safe to show and to log.</param>
/// <param name="User">The name of the account the token acts for.</param>
/// <param name="SecretHash">The SHA-256 of the token's secret, as lower-case hex.</param>
/// <param name="Label">What the token is for, so an admin can tell tokens apart before revoking one.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="RevokedAt">When it was revoked; null while it is active.</param>
public sealed record ApiToken(string Id, string User, string SecretHash, string Label, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>True until the token is revoked. An active token of a disabled account still authenticates no one.</summary>
    public bool IsActive => RevokedAt is null;

    // The hash cannot be reversed, but it has no business in logs either: print only what identifies the token.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id)
            .Append(", User = ").Append(User)
            .Append(", Label = ").Append(Label)
            .Append(", CreatedAt = ").Append(CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", RevokedAt = ").Append(RevokedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
