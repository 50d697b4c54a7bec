using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Rapport.Services.Accounts;
using Rapport.Web.Security;

namespace Rapport.Web.Pages;

/// <summary>The sign-in form: name and password, checked with the standard hasher, rate-limited per client.</summary>
[AllowAnonymous]
[EnableRateLimiting(RapportServer.SignInLimit)]
public sealed class SignInModel(AccountService accounts) : PageModel
{
    /// <summary>The name typed.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The password typed; never echoed back.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in: a local path only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed; null when none did.</summary>
    public string? Error { get; private set; }

    /// <summary>Checks the name and password and signs the user in with a cookie.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = string.IsNullOrEmpty(Name) || string.IsNullOrEmpty(Password)
            ? null
            : await accounts.VerifyAsync(Name, Password, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            // One message for an unknown name and a wrong password: the form does not tell which names exist.
            Error = "The name or the password is not right.";
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserPrincipal.Of(user, CookieAuthenticationDefaults.AuthenticationScheme)).ConfigureAwait(false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
