using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Rapport.Services.Accounts;

namespace Rapport.Web.Security;

/// <summary>Authenticates <c>Authorization: Bearer rpt_…</c> with an API token issued by <c>rapport tokens add</c>.</summary>
public sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountService accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var user = await accounts.AuthenticateTokenAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted).ConfigureAwait(false);
        return user is null
            ? AuthenticateResult.Fail("the token is not valid")
            : AuthenticateResult.Success(new AuthenticationTicket(UserPrincipal.Of(user, Scheme.Name), Scheme.Name));
    }
}
