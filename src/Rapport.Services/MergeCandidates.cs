using Rapport.Extraction.Names;

namespace Rapport.Services;

/// <summary>
/// Proposes actors that may be one: never merges. Two rules (see <c>docs/analysis.md</c>, "Actor resolution"):
/// the same full name up to transliteration, or a person's short form (surname, or the last parts of the name)
/// next to the full name within the same organisation, when the short form fits only one person there.
/// A shared given name or family name alone ("Ali X" and "Sadeq X") is never a reason.
/// </summary>
public static class MergeCandidates
{
    /// <summary>The score of a full-name transliteration match.</summary>
    public const double TransliterationScore = 0.9;

    /// <summary>The score of a short form within one organisation.</summary>
    public const double ShortFormScore = 0.6;

    /// <summary>The proposals, best first.</summary>
    public static IReadOnlyList<MergeCandidate> Find(ActorIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var found = new Dictionary<(string, string), MergeCandidate>();

        void Propose(RegistryActor a, RegistryActor b, string nameA, string nameB, string reason, double score)
        {
            if (a.Key == b.Key || (a.Kind is not null && b.Kind is not null && a.Kind != b.Kind)
                || a.Keys.Any(x => b.Keys.Any(y => identity.AreDistinct(x, y))))
            {
                return;
            }

            if (string.CompareOrdinal(a.Key, b.Key) > 0)
            {
                (a, b, nameA, nameB) = (b, a, nameB, nameA);
            }

            var pair = (a.Key, b.Key);
            if (!found.TryGetValue(pair, out var existing) || existing.Score < score)
            {
                found[pair] = new MergeCandidate(a, b, nameA, nameB, reason, score);
            }
        }

        // Rule 1: the same full name, up to transliteration.
        var byFullKey = new Dictionary<string, List<(RegistryActor Actor, string Name)>>(StringComparer.Ordinal);
        foreach (var actor in identity.Actors)
        {
            foreach (var name in actor.Names)
            {
                var parts = NameKey.Parts(name);

                // A person's single name part is a given name or a surname, not a full name.
                if (parts.Count == 0 || (parts.Count < 2 && actor.Kind is "person" or null))
                {
                    continue;
                }

                var key = string.Join(' ', parts);
                if (!byFullKey.TryGetValue(key, out var list))
                {
                    byFullKey[key] = list = [];
                }

                list.Add((actor, name));
            }
        }

        foreach (var list in byFullKey.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    var reason = string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase)
                        ? "same name under different keys"
                        : "same full name, transliterated differently";
                    Propose(a.Actor, b.Actor, a.Name, b.Name, reason, TransliterationScore);
                }
            }
        }

        // Rule 2: a person's short form ("al-X") and a full name ending in it, in the same organisation.
        var persons = identity.Actors.Where(a => a.Kind is "person").ToList();
        var byTail = new Dictionary<(string Tail, string Organisation), List<(RegistryActor Actor, string Name)>>();
        foreach (var actor in persons)
        {
            foreach (var name in actor.Names)
            {
                var parts = NameKey.Parts(name);
                for (var take = 1; take < parts.Count; take++)
                {
                    var tail = string.Join(' ', parts.Skip(parts.Count - take));
                    foreach (var organisation in actor.Affiliations.Select(identity.Canonical).Distinct(StringComparer.Ordinal))
                    {
                        if (!byTail.TryGetValue((tail, organisation), out var list))
                        {
                            byTail[(tail, organisation)] = list = [];
                        }

                        list.Add((actor, name));
                    }
                }
            }
        }

        foreach (var actor in persons)
        {
            foreach (var name in actor.Names)
            {
                var key = NameKey.Of(name);
                foreach (var organisation in actor.Affiliations.Select(identity.Canonical).Distinct(StringComparer.Ordinal))
                {
                    if (!byTail.TryGetValue((key, organisation), out var longer))
                    {
                        continue;
                    }

                    // A bare surname beside two different people of that surname could be either: propose neither. Two spellings of
                    // one full name are one person, so the short form may go with each of them.
                    var others = longer.Where(l => l.Actor.Key != actor.Key).ToList();
                    if (others.Count == 0 || others.Select(o => NameKey.Of(o.Name)).Distinct(StringComparer.Ordinal).Count() != 1)
                    {
                        continue;
                    }

                    foreach (var other in others.DistinctBy(o => o.Actor.Key))
                    {
                        Propose(actor, other.Actor, name, other.Name, "short form of the name within the same organisation", ShortFormScore);
                    }
                }
            }
        }

        return found.Values
            .OrderByDescending(c => c.Score).ThenBy(c => c.A.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.B.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
