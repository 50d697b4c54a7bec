namespace Rapport.Web.Security;

/// <summary>The names of the authentication schemes.</summary>
public static class AuthenticationSchemes
{
    /// <summary>Bearer API tokens (<c>Authorization: Bearer rpt_…</c>), for scripts.</summary>
    public const string Bearer = "Bearer";

    /// <summary>Picks the bearer scheme when the request carries a bearer token, else the sign-in cookie.</summary>
    public const string Either = "CookieOrBearer";
}
