using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rapport.Web.Pages;

/// <summary>Signs out (POST only, with antiforgery, so a link on another site cannot sign anyone out).</summary>
public sealed class SignOutModel : PageModel
{
    /// <summary>Ends the session.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return LocalRedirect("/signin");
    }
}
