using System.Collections.Concurrent;
using Rapport.Extraction;
using Rapport.Extraction.Gazetteers;
using Rapport.Extraction.Names;
using Rapport.Model;

namespace Rapport.Services;

/// <summary>Turns a name an analyst types ("Iran", "Hamas") into an <see cref="ActorGroup"/> through the gazetteers.</summary>
public sealed class ActorGroupResolver
{
    private static readonly Lazy<ActorGroupResolver> Shared = new(() => new ActorGroupResolver());
    private readonly Gazetteer _gazetteer;

    // Resolving walks every gazetteer entry; a server answering dyad requests resolves the same few names again and again.
    private readonly ConcurrentDictionary<string, ActorGroup> _groups = new(StringComparer.Ordinal);

    /// <summary>Creates the resolver over a gazetteer (the default one when null).</summary>
    public ActorGroupResolver(Gazetteer? gazetteer = null) => _gazetteer = gazetteer ?? Extractor.Default.Gazetteer;

    /// <summary>The resolver over the default gazetteer, shared so that its resolved groups are too.</summary>
    public static ActorGroupResolver Default => Shared.Value;

    /// <summary>The group named <paramref name="name"/>.</summary>
    /// <exception cref="UserErrorException">No actor goes by that name.</exception>
    public ActorGroup Resolve(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_groups.TryGetValue(name, out var known))
        {
            return known;
        }

        var group = Build(name);
        _groups.TryAdd(name, group);
        return group;
    }

    private ActorGroup Build(string name)
    {
        var key = NameKey.Of(name);
        var named = _gazetteer.Entries
            .Where(e => e.Kind != ActorKind.Person && (NameKey.Of(e.Name) == key || e.Aliases.Any(a => a.Kind is AliasKind.Variant or AliasKind.Abbreviation && NameKey.Of(a.Text) == key)))
            .ToList();
        if (named.Count == 0)
        {
            throw new UserErrorException($"no state or organisation called '{name}' in the gazetteers (data/gazetteers); add it there or use another name");
        }

        // The same body may be listed by several gazetteer files; the group is their union.
        var roots = named.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var members = new Dictionary<string, DateInterval>(StringComparer.Ordinal);
        foreach (var entry in _gazetteer.Entries)
        {
            if (roots.Any(root => _gazetteer.IsPartOf(entry.Id, root)))
            {
                members[entry.Id] = DateInterval.Always;
                continue;
            }

            // A person belongs for as long as one of their affiliations to the group or one of its parts holds.
            var affiliation = entry.Affiliations.FirstOrDefault(a => roots.Any(root => _gazetteer.IsPartOf(a.OrganizationId, root)));
            if (affiliation is not null)
            {
                members[entry.Id] = affiliation.Validity;
            }
        }

        // Names as written stand for actors extraction could not resolve, and for event data keyed by name (ICEWS).
        foreach (var entry in named)
        {
            members.TryAdd("name:" + entry.Name, DateInterval.Always);
            members.TryAdd(entry.Name, DateInterval.Always);
        }

        // A state's ISO code covers imported CAMEO actor codes; "org-id/" covers actors a document ties to the group.
        var prefixes = named.Where(e => e.Kind == ActorKind.State && e.Id.Length == 3 && e.Id.All(char.IsAsciiLetterUpper)).Select(e => e.Id)
            .Concat(members.Keys.Where(k => _gazetteer.Find(k) is { Kind: not ActorKind.Person }).Select(k => k + "/"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ActorGroup(name, members, prefixes);
    }
}
