using System.Security.Claims;
using Rapport.Storage;

namespace Rapport.Web.Security;

/// <summary>The claims a signed-in user carries: the name and the role.</summary>
public static class UserPrincipal
{
    /// <summary>The principal of <paramref name="user"/> for <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal Of(UserAccount user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, RoleName(user.Role))],
            scheme,
            ClaimTypes.Name,
            ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The claim value of a role.</summary>
    public static string RoleName(Role role) => role switch
    {
        Role.Admin => Roles.Admin,
        Role.Analyst => Roles.Analyst,
        _ => Roles.Viewer,
    };
}
