using Rapport.Extraction.Gazetteers;
using Rapport.Extraction.Names;
using Rapport.Model;

namespace Rapport.Services.Exports;

/// <summary>
/// Decides which actors STIX writes as <c>threat-actor</c> rather than <c>identity</c>, from data rather than names:
/// an organisation or unit is an armed group when a gazetteer file of militant non-state actors (the Phoenix
/// "MilNonState" dictionary, <c>data/gazetteers/phoenix-milnonstate.tsv</c>) lists it by key or by name. Rapport itself
/// never judges intent, so everything else — states, people, other organisations — is an <c>identity</c>.
/// </summary>
public sealed class ArmedGroupRule
{
    /// <summary>The part of a gazetteer file's name that marks a dataset of militant non-state actors.</summary>
    public const string MilitantDatasetMarker = "milnonstate";

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Reads the militant datasets among a gazetteer's entries.</summary>
    public ArmedGroupRule(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        foreach (var entry in gazetteer.Entries.Where(e => e.Kind is ActorKind.Organization or ActorKind.Unit
                     && e.Origin.Contains(MilitantDatasetMarker, StringComparison.OrdinalIgnoreCase)))
        {
            _ids.Add(entry.Id);
            var key = NameKey.Of(entry.Name);
            if (key.Length > 0)
            {
                _names.Add(key);
            }
        }
    }

    /// <summary>
    /// True for an organisation or unit that a militant dataset lists: one of its keys is a listed id, or its shown
    /// name folds to a listed name (so another gazetteer's entry for the same group counts too).
    /// </summary>
    public bool IsArmedGroup(RegistryActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind is "person" or "state")
        {
            return false;
        }

        return actor.Keys.Any(_ids.Contains) || _names.Contains(NameKey.Of(actor.Name));
    }
}
