using Rapport.Model;

namespace Rapport.Storage;

/// <summary>An outlet's Admiralty source-reliability grade as an analyst set it. Outlets nobody graded are F.</summary>
/// <param name="Outlet">The outlet's name as the analyst typed it; outlets compare case-insensitively.</param>
/// <param name="Grade">A (completely reliable) … F (cannot be judged).</param>
/// <param name="Who">Who graded it.</param>
/// <param name="At">When.</param>
public sealed record OutletGrade(string Outlet, ReliabilityGrade Grade, string Who, DateTimeOffset At)
{
    /// <summary>The key outlets are compared by: trimmed and lower-cased, so "Tasnim" and "tasnim " are one outlet.</summary>
    public static string KeyOf(string outlet)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        return outlet.Trim().ToLowerInvariant();
    }
}
