using Rapport.Extraction.Names;
using Rapport.Model;

namespace Rapport.Extraction.Gazetteers;

/// <summary>
/// Known actors loaded from data files, indexed by the matching keys of their names and aliases.
/// Lookups are by folded name parts, longest match first; a name claimed by entries of different priority
/// goes to the highest priority only, and a name claimed by several people is reported as ambiguous.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The longest name, in parts, that is looked up.</summary>
    public const int MaxNameParts = 8;

    private readonly Dictionary<string, GazetteerEntry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Keyed>> _byFirstPart = new(StringComparer.Ordinal);

    // The first words of the people's names the gazetteers know ("kim", "ahmed", "carolyn"), and the one-word names of states,
    // places and bodies, which are no given names ("jordan", "chad").
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _placeWords = new(StringComparer.Ordinal);

    // Exact: for a one-word name of a derived (low-priority) file, the word itself, which the text must spell out: a folded
    // key of one word meets too many unrelated names (a surname folds like a capital city abroad).
    private sealed record Keyed(string[] Parts, GazetteerEntry Entry, AliasKind Kind, bool Acronym, string? Exact);

    /// <summary>An empty gazetteer.</summary>
    public Gazetteer()
    {
    }

    /// <summary>Creates a gazetteer from entries.</summary>
    public Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            Add(entry);
        }
    }

    /// <summary>All entries.</summary>
    public IEnumerable<GazetteerEntry> Entries => _byId.Values;

    /// <summary>
    /// Whether a folded word opens the name of some person the gazetteers know and names no state, place or body on its own:
    /// learned from the data, it tells a given name ("Marko", "Karl") where no title says a person is named.
    /// </summary>
    public bool IsGivenName(string key) => _firstWords.Contains(key) && !_placeWords.Contains(key);

    /// <summary>Number of entries.</summary>
    public int Count => _byId.Count;

    /// <summary>Adds an entry; an entry with an id already present replaces it only when its priority is not lower.</summary>
    public void Add(GazetteerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_byId.TryGetValue(entry.Id, out var existing) && existing.Priority > entry.Priority)
        {
            return;
        }

        _byId[entry.Id] = entry;
        Index(entry.Name, entry, AliasKind.Variant);
        foreach (var alias in entry.Aliases)
        {
            Index(alias.Text, entry, alias.Kind);
            if (alias.Kind == AliasKind.Demonym && !alias.Text.EndsWith('s'))
            {
                // "Iranians" as well as "Iranian".
                Index(alias.Text + "s", entry, alias.Kind);
            }
        }
    }

    /// <summary>The entry with an id, if any.</summary>
    public GazetteerEntry? Find(string id) => id is not null && _byId.TryGetValue(id, out var entry) ? entry : null;

    /// <summary>The state a unit, organisation or place-named entry belongs to, following <c>PartOf</c> links.</summary>
    public GazetteerEntry? StateOf(GazetteerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        for (var (current, hops) = (entry, 0); current is not null && hops < 10; hops++)
        {
            if (current.Kind == ActorKind.State)
            {
                return current;
            }

            current = current.PartOf is null ? null : Find(current.PartOf);
        }

        return null;
    }

    /// <summary>True when <paramref name="part"/> is <paramref name="whole"/> or belongs to it through <c>PartOf</c> links.</summary>
    public bool IsPartOf(string part, string whole)
    {
        var current = Find(part);
        for (var hops = 0; current is not null && hops < 10; hops++)
        {
            if (current.Id == whole)
            {
                return true;
            }

            current = current.PartOf is null ? null : Find(current.PartOf);
        }

        return false;
    }

    /// <summary>
    /// The entries whose name or alias is the longest match of <paramref name="parts"/> starting at <paramref name="start"/>.
    /// </summary>
    /// <param name="parts">Folded name parts of the text (see <see cref="NameKey.Fold"/>).</param>
    /// <param name="start">Where to start.</param>
    /// <param name="allUpper">For each part, whether it was written in capitals; acronyms only match capitals.</param>
    public IReadOnlyList<GazetteerMatch> Match(IReadOnlyList<string> parts, int start, IReadOnlyList<bool> allUpper) =>
        Match(parts, start, allUpper, null);

    /// <summary>
    /// The entries whose name or alias is the longest match of <paramref name="parts"/> starting at <paramref name="start"/>;
    /// one-word names of derived gazetteers must also be spelt as in <paramref name="surfaces"/> (accents and case aside).
    /// </summary>
    /// <param name="parts">Folded name parts of the text (see <see cref="NameKey.Fold"/>).</param>
    /// <param name="start">Where to start.</param>
    /// <param name="allUpper">For each part, whether it was written in capitals; acronyms only match capitals.</param>
    /// <param name="surfaces">For each part, the word as written (lower case), or null to match on keys alone.</param>
    /// <param name="maxLength">The longest match wanted, in parts.</param>
    public IReadOnlyList<GazetteerMatch> Match(IReadOnlyList<string> parts, int start, IReadOnlyList<bool> allUpper, IReadOnlyList<string>? surfaces, int maxLength = MaxNameParts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(allUpper);
        if (start >= parts.Count || !_byFirstPart.TryGetValue(parts[start], out var candidates))
        {
            return [];
        }

        var bestLength = 0;
        List<GazetteerMatch>? best = null;
        foreach (var keyed in candidates)
        {
            var length = keyed.Parts.Length;
            if (length < bestLength || start + length > parts.Count || length > maxLength)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < length && matches; k++)
            {
                matches = parts[start + k] == keyed.Parts[k];
            }

            if (!matches || (keyed.Acronym && !allUpper[start])
                || (keyed.Exact is not null && surfaces is not null && !SameWord(keyed.Exact, surfaces[start])))
            {
                continue;
            }

            if (length > bestLength)
            {
                bestLength = length;
                best = [];
            }

            best!.Add(new GazetteerMatch(_byId.GetValueOrDefault(keyed.Entry.Id, keyed.Entry), keyed.Kind, length));
        }

        if (best is null)
        {
            return [];
        }

        if (best.Count == 1)
        {
            return best;
        }

        var top = best.Max(m => m.Entry.Priority);
        return best.Where(m => m.Entry.Priority == top).DistinctBy(m => m.Entry.Id).ToList();
    }

    private void Index(string name, GazetteerEntry entry, AliasKind kind)
    {
        var parts = NameKey.Parts(name).ToArray();
        if (parts.Length == 0 || parts.Length > MaxNameParts || (parts.Length == 1 && parts[0].Length < 2))
        {
            return;
        }

        if (entry.Kind == ActorKind.Person && parts.Length >= 2 && parts[0].Length >= 3)
        {
            _firstWords.Add(parts[0]);
        }
        else if (entry.Kind != ActorKind.Person)
        {
            _placeWords.Add(parts[0]);
        }

        // Abbreviations, and names so short that they fold onto common words ("U.N." onto "on"), only match capitals.
        var acronym = kind == AliasKind.Abbreviation || (name.Length <= 5 && name.All(c => char.IsUpper(c) || c == '.'))
                      || (parts.Length == 1 && parts[0].Length <= 3);
        if (!_byFirstPart.TryGetValue(parts[0], out var list))
        {
            list = [];
            _byFirstPart[parts[0]] = list;
        }

        if (!list.Any(k => k.Entry.Id == entry.Id && k.Parts.AsSpan().SequenceEqual(parts)))
        {
            var exact = parts.Length == 1 && entry.Priority < GazetteerLoader.DefaultPriority ? LastWord(name) : null;
            list.Add(new Keyed(parts, entry, kind, acronym, exact));
        }
    }

    private static string LastWord(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? name : words[^1].Trim('.', ',', '\'', '"').ToLowerInvariant();
    }

    private static bool SameWord(string a, string b) =>
        string.Compare(a, b, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace | System.Globalization.CompareOptions.IgnoreSymbols) == 0;
}
