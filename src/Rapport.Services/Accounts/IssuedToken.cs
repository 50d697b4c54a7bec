using System.Text;
using Rapport.Storage;

namespace Rapport.Services.Accounts;

/// <summary>A newly issued API token: what was stored, and the token's text, which exists only here and is shown once.</summary>
/// <param name="Token">The stored token (its secret only as a hash).</param>
/// <param name="Plaintext">The whole token, <c>rpt_&lt;id&gt;_&lt;secret&gt;</c>, for the person who asked for it.</param>
public sealed record IssuedToken(ApiToken Token, string Plaintext)
{
    // Records print every property; this one would put a working credential in whatever log printed it.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Token = ").Append(Token).Append(", Plaintext = ***");
        return true;
    }
}
