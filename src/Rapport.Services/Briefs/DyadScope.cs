using System.Text.RegularExpressions;
using Rapport.Model;

namespace Rapport.Services.Briefs;

/// <summary>
/// Decides which facts a dyad brief is about: those whose actors belong to either side at the fact's date, and those
/// whose words name an actor of either side (a third party speaking about one of them).
/// </summary>
internal sealed class DyadScope
{
    private readonly ActorGroup _a;
    private readonly ActorGroup _b;
    private readonly Regex? _names;

    public DyadScope(ActorGroup a, ActorGroup b, ActorIdentity identity)
    {
        _a = a;
        _b = b;

        // Every form the corpus writes a member with, so "Tehran" or "the Iranians" in reported words count too.
        // Two-letter forms are left out: they are abbreviations too ambiguous to decide scope by.
        var names = a.Members.Keys.Concat(b.Members.Keys)
            .Select(identity.Find)
            .OfType<RegistryActor>()
            .SelectMany(actor => actor.Names)
            .Append(a.Name)
            .Append(b.Name)
            .Where(n => n.Trim().Length > 2)
            .Select(n => n.Trim())
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)
            .ToList();
        _names = names.Count == 0 ? null : new Regex(
            @"(?<![\p{L}\p{N}])(?:" + string.Join('|', names.Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled,
            TimeSpan.FromSeconds(2));
    }

    /// <summary>True when <paramref name="key"/> belongs to side A at <paramref name="date"/>.</summary>
    public bool InA(string key, PartialDate date) => In(_a, key, date);

    /// <summary>True when <paramref name="key"/> belongs to side B at <paramref name="date"/>.</summary>
    public bool InB(string key, PartialDate date) => In(_b, key, date);

    /// <summary>True when <paramref name="key"/> belongs to either side at <paramref name="date"/>.</summary>
    public bool InEither(string key, PartialDate date) => InA(key, date) || InB(key, date);

    /// <summary>True when <paramref name="text"/> names an actor of either side.</summary>
    public bool Names(string? text) => _names is not null && !string.IsNullOrEmpty(text) && _names.IsMatch(text);

    // A fact known only to the year, or undated, cannot be placed in a month: membership at any time counts then.
    private static bool In(ActorGroup group, string key, PartialDate date) =>
        YearMonth.From(date) is { } month
            ? group.Covers(key, month)
            : group.Members.ContainsKey(key) || group.CodePrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));
}
