namespace Rapport.Storage;

/// <summary>The words roles are written with, in database columns and on the command line, the same in every backend.</summary>
public static class RoleNames
{
    /// <summary>Every role's word, from least to most privileged, for help texts and messages.</summary>
    public static IReadOnlyList<string> All { get; } = ["viewer", "analyst", "admin"];

    /// <summary>The word for a role.</summary>
    public static string ToText(Role role) => role switch
    {
        Role.Viewer => "viewer",
        Role.Analyst => "analyst",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>Reads a role's word, ignoring case and surrounding spaces.</summary>
    /// <returns>False when <paramref name="text"/> is not a role.</returns>
    public static bool TryParse(string? text, out Role role)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "viewer":
                role = Role.Viewer;
                return true;
            case "analyst":
                role = Role.Analyst;
                return true;
            case "admin":
                role = Role.Admin;
                return true;
            default:
                role = default;
                return false;
        }
    }

    /// <summary>The role for a column value.</summary>
    /// <exception cref="StoreException">The value is not one Rapport writes.</exception>
    public static Role Parse(string value) =>
        TryParse(value, out var role) ? role : throw new StoreException($"the store holds an unknown role '{value}'");
}
