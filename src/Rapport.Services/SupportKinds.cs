using Rapport.Model;

namespace Rapport.Services;

/// <summary>Support kinds by the names the extraction contract gives them (<c>general</c>, <c>weapons</c>, <c>know-how</c>, …).</summary>
public static class SupportKinds
{
    /// <summary>The contract's name of a kind.</summary>
    public static string Name(SupportKind kind) => kind == SupportKind.KnowHow ? "know-how" : kind.ToString().ToLowerInvariant();

    /// <summary>Reads a contract name (case-insensitively); false when it names no kind.</summary>
    public static bool TryParse(string? name, out SupportKind kind)
    {
        kind = SupportKind.General;
        var bare = name?.Replace("-", string.Empty, StringComparison.Ordinal).Trim();

        // Enum.TryParse also takes digits, which are no kind's name.
        return !string.IsNullOrEmpty(bare) && !char.IsDigit(bare[0]) && Enum.TryParse(bare, ignoreCase: true, out kind);
    }
}
