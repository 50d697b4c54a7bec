using Rapport.Extraction.Names;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// Who is who: the actor registry folded through the analysts' decision log. The current state is derived from the
/// whole log each time — the last decision about a pair of keys wins — so every decision can be undone by a later
/// one, and decisions, which name keys rather than rows, survive re-ingest and re-extraction.
/// </summary>
/// <remarks>
/// Merges join keys transitively; a split or distinct decision about two keys keeps them apart even against a chain
/// of merges through other keys (a merge that would join them is not applied and is listed in <see cref="Blocked"/>).
/// </remarks>
public sealed class ActorIdentity
{
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RegistryActor> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _distinct = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _keyNames = new(StringComparer.Ordinal);

    private ActorIdentity(IReadOnlyList<RegistryActor> actors, IReadOnlyList<ActorDecision> blocked, IEnumerable<(string, string)> distinct, IReadOnlyList<ActorMention> mentions)
    {
        foreach (var group in mentions.GroupBy(m => m.Key, StringComparer.Ordinal))
        {
            _keyNames[group.Key] = group.Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();
        }

        Actors = actors;
        Blocked = blocked;
        foreach (var actor in actors)
        {
            foreach (var key in actor.Keys)
            {
                _canonical[key] = actor.Key;
                _byKey[key] = actor;
            }
        }

        _distinct.UnionWith(distinct);
    }

    /// <summary>Every actor, most documented first.</summary>
    public IReadOnlyList<RegistryActor> Actors { get; }

    /// <summary>Merges in force that were not applied because they would join two keys decided apart.</summary>
    public IReadOnlyList<ActorDecision> Blocked { get; }

    /// <summary>Builds the identity from the registry and the decision log (oldest decision first).</summary>
    public static ActorIdentity Build(IReadOnlyList<ActorMention> mentions, IReadOnlyList<ActorDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(decisions);

        // The last decision about each unordered pair is the one in force.
        var last = new Dictionary<(string, string), (int Order, ActorDecision Decision)>();
        for (var i = 0; i < decisions.Count; i++)
        {
            last[Pair(decisions[i].A, decisions[i].B)] = (i, decisions[i]);
        }

        var apart = last.Where(p => p.Value.Decision.Kind != ActorDecisionKind.Merge).Select(p => p.Key).ToList();
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in mentions.Select(m => m.Key).Concat(decisions.SelectMany(d => new[] { d.A, d.B })))
        {
            parent.TryAdd(key, key);
        }

        string Find(string key)
        {
            while (parent[key] != key)
            {
                parent[key] = parent[parent[key]];
                key = parent[key];
            }

            return key;
        }

        var blocked = new List<ActorDecision>();
        foreach (var (_, merge) in last.Values.Where(v => v.Decision.Kind == ActorDecisionKind.Merge).OrderBy(v => v.Order))
        {
            var (ra, rb) = (Find(merge.A), Find(merge.B));
            if (ra == rb)
            {
                continue;
            }

            if (apart.Any(p => (Find(p.Item1) == ra && Find(p.Item2) == rb) || (Find(p.Item1) == rb && Find(p.Item2) == ra)))
            {
                blocked.Add(merge);
                continue;
            }

            parent[rb] = ra;
        }

        var byKey = mentions.GroupBy(m => m.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var actors = parent.Keys
            .GroupBy(Find, StringComparer.Ordinal)
            .Select(component => Actor(component.ToList(), byKey))
            .OrderByDescending(a => a.Documents.Count).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Key, StringComparer.Ordinal)
            .ToList();
        var distinct = last.Where(p => p.Value.Decision.Kind == ActorDecisionKind.Distinct).Select(p => p.Key);
        return new ActorIdentity(actors, blocked, distinct, mentions);
    }

    /// <summary>The key standing for <paramref name="key"/>'s actor; the key itself when the registry does not know it.</summary>
    public string Canonical(string key) => _canonical.TryGetValue(key, out var canonical) ? canonical : key;

    /// <summary>The actor a key belongs to, or null.</summary>
    public RegistryActor? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Every key merged with <paramref name="key"/>, itself included.</summary>
    public IReadOnlyList<string> KeysOf(string key) => _byKey.TryGetValue(key, out var actor) ? actor.Keys : [key];

    /// <summary>True when an analyst decided that two keys are different actors (and the decision still stands).</summary>
    public bool AreDistinct(string a, string b) => _distinct.Contains(Pair(a, b));

    /// <summary>
    /// The actors an analyst's words name: an actor key exactly, else a name as written (ignoring case), else a
    /// transliteration of one (<see cref="NameKey"/>).
    /// </summary>
    public IReadOnlyList<RegistryActor> Lookup(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var trimmed = text.Trim();
        if (_byKey.TryGetValue(trimmed, out var exact))
        {
            return [exact];
        }

        var named = Actors.Where(a => a.Names.Any(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase))).ToList();
        if (named.Count > 0)
        {
            return named;
        }

        var key = NameKey.Of(trimmed);
        return key.Length == 0 ? [] : Actors.Where(a => a.Names.Any(n => NameKey.Of(n) == key)).ToList();
    }

    /// <summary>The one actor key <paramref name="text"/> names, for a decision.</summary>
    /// <exception cref="UserErrorException">No actor, or several, go by that name.</exception>
    public string ResolveKey(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var trimmed = text.Trim();
        if (_byKey.ContainsKey(trimmed))
        {
            return trimmed;
        }

        // A decision names the key written with that name, not the merged actor: splitting needs the exact key.
        var keys = _byKey.Values.SelectMany(a => a.Keys).Distinct(StringComparer.Ordinal)
            .Where(k => KeyNames(k).Any(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return keys.Count switch
        {
            1 => keys[0],
            0 => throw new UserErrorException($"no actor called '{trimmed}' in the knowledge base; see 'rapport actors'"),
            _ => throw new UserErrorException($"'{trimmed}' names several actor keys ({string.Join(", ", keys)}); give the key instead"),
        };
    }

    /// <summary>The names written for one key (not for the keys merged with it).</summary>
    public IReadOnlyList<string> KeyNames(string key) => _keyNames.GetValueOrDefault(key) ?? [];

    private static RegistryActor Actor(List<string> keys, Dictionary<string, List<ActorMention>> byKey)
    {
        var mentions = keys.SelectMany(k => byKey.GetValueOrDefault(k) ?? []).ToList();
        int Documents(string key) => (byKey.GetValueOrDefault(key) ?? []).Select(m => m.Document).Distinct().Count();

        // A gazetteer id is a better handle than a name as written; then the key most documents use.
        var key = keys
            .OrderBy(k => k.StartsWith("name:", StringComparison.Ordinal) ? 1 : 0)
            .ThenByDescending(Documents)
            .ThenBy(k => k, StringComparer.Ordinal)
            .First();
        var names = mentions.GroupBy(m => m.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(m => m.Document).Distinct().Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();

        // The name the standing key is written with in most documents: for a resolved actor, its gazetteer name.
        var name = (byKey.GetValueOrDefault(key) ?? [])
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(m => m.Document).Distinct().Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault()
            ?? names.FirstOrDefault()
            ?? (key.StartsWith("name:", StringComparison.Ordinal) ? key[5..] : key);
        var kind = mentions.Select(m => m.Kind).FirstOrDefault(k => k is not null);
        return new RegistryActor(
            key,
            name,
            kind,
            keys.OrderBy(k => k == key ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal).ToList(),
            names,
            mentions.Select(m => m.Affiliation).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            mentions.Select(m => m.Document).Distinct().OrderBy(d => d.Value, StringComparer.Ordinal).ToList());
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
