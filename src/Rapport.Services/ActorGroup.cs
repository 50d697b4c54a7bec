using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// One side of a dyad: an actor with its parts and, while their affiliations hold, its members — "Iran" is the
/// state, its organs and its officials of the time.
/// </summary>
/// <param name="Name">The name the analyst gave.</param>
/// <param name="Members">Actor keys with the period each belongs to the group.</param>
/// <param name="CodePrefixes">CAMEO actor-code prefixes (a state's ISO code) that cover imported events.</param>
public sealed record ActorGroup(string Name, IReadOnlyDictionary<string, DateInterval> Members, IReadOnlyList<string> CodePrefixes)
{
    /// <summary>The store selector for every key that may belong to the group at some time.</summary>
    public ActorSelector Selector => new(Members.Keys.ToList(), CodePrefixes);

    /// <summary>True when <paramref name="key"/> belongs to the group in <paramref name="month"/>.</summary>
    public bool Covers(string key, YearMonth month)
    {
        if (Members.TryGetValue(key, out var validity))
        {
            return validity.Contains(month.ToPartialDate());
        }

        return CodePrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));
    }
}
