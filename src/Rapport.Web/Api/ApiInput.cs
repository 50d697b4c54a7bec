using System.Security.Claims;
using Rapport.Model;

namespace Rapport.Web.Api;

/// <summary>Checks of the query and body values several endpoints share; a bad value is a 400 problem naming it.</summary>
public static class ApiInput
{
    /// <summary>An optional month like <c>2017-06</c>.</summary>
    /// <exception cref="BadHttpRequestException">The text is not a month.</exception>
    public static YearMonth? Month(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? null
        : YearMonth.TryParse(text.Trim(), out var month) ? month
        : throw new BadHttpRequestException($"{name} must be a month like 2017-06, not '{text}'");

    /// <summary>The name of the signed-in user, recorded as "who" on decisions and grades.</summary>
    /// <exception cref="InvalidOperationException">The endpoint was reached without authentication (a mapping mistake).</exception>
    public static string Who(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name is { Length: > 0 } name ? name : throw new InvalidOperationException("an authorized request has no user name");
    }

    /// <summary>True when <paramref name="text"/> contains <paramref name="q"/>, ignoring case.</summary>
    public static bool Matches(string? text, string q) => text is not null && text.Contains(q, StringComparison.OrdinalIgnoreCase);

    /// <summary>A required body value.</summary>
    /// <exception cref="BadHttpRequestException">It is missing or blank.</exception>
    public static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new BadHttpRequestException($"{name} is required") : value.Trim();
}
