using Rapport.Extraction.Gazetteers;
using Rapport.Extraction.Names;
using Rapport.Model;

namespace Rapport.Extraction.Actors;

/// <summary>The actors one document has named so far, so that later surnames, pronouns and roles can be resolved.</summary>
internal sealed class DocumentActors(Gazetteer gazetteer, PartialDate documentDate, Func<string, bool>? isTitleWord = null)
{
    /// <summary>The date affiliations are taken at; set once the document's header has been read.</summary>
    public PartialDate DocumentDate { get; set; } = documentDate;

    private readonly Dictionary<string, DocActor> _byId = new(StringComparer.Ordinal);
    private readonly List<DocActor> _order = [];

    public Gazetteer Gazetteer { get; } = gazetteer;

    public IReadOnlyList<DocActor> All => _order;

    public DocActor? Find(string id) => _byId.GetValueOrDefault(id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>True when the text has already named the actor (not merely met it as someone's affiliation).</summary>
    public bool Seen(string id) => _byId.TryGetValue(id, out var actor) && actor.FirstStart >= 0;

    /// <summary>The document actor of a gazetteer entry, created with its affiliation valid at the document date.</summary>
    public DocActor FromEntry(GazetteerEntry entry)
    {
        if (_byId.TryGetValue(entry.Id, out var known))
        {
            return known;
        }

        var name = entry.Kind == ActorKind.Person ? WithoutTitles(entry.Name) : entry.Name;
        var actor = Add(new DocActor(entry.Id, name, entry.Kind, NameKey.Parts(name)));
        if (entry.PartOf is not null && Gazetteer.Find(entry.PartOf) is { } parent)
        {
            actor.PartOf = FromEntry(parent);
        }

        var affiliation = entry.Affiliations.FirstOrDefault(a => a.Validity.Contains(DocumentDate)) ?? entry.Affiliations.FirstOrDefault();
        // A derived dictionary sometimes files a person under another person: that is no affiliation.
        if (affiliation is not null && Gazetteer.Find(affiliation.OrganizationId) is { Kind: not ActorKind.Person } org)
        {
            actor.Affiliation = FromEntry(org);
            actor.Role = affiliation.Role;
        }

        return actor;
    }

    /// <summary>
    /// A person's name as a gazetteer files it, without the titles and honorifics some derived entries open with
    /// ("Foreign Minister Sergey V. Lavrov", "Hojatolislam Sayyed Ali Khamenei"); at least two words are kept.
    /// </summary>
    public string WithoutTitles(string name)
    {
        if (isTitleWord is null)
        {
            return name;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = 0;
        while (words.Length - skip > 2 && isTitleWord(words[skip].ToLowerInvariant()))
        {
            skip++;
        }

        return skip == 0 ? name : string.Join(' ', words[skip..]);
    }

    /// <summary>
    /// The one person already named in full whose given name is <paramref name="key"/> (a folded name part), for
    /// "Prince Faisal" after "Prince Faisal bin Farhan Al Saud"; null when none or several.
    /// </summary>
    public DocActor? ByGivenName(string key) =>
        OnePerson(Indexed(_byFirst, key), a => a.NameParts.Count >= 2 && a.NameParts[0] == key);

    /// <summary>
    /// The one person already named in full whose name opens with <paramref name="parts"/> and goes on after them: "Anwar" after
    /// "Anwar Ibrahim", "Hassan Sheikh" after "Hassan Sheikh Mohamud"; null when none or several.
    /// </summary>
    public DocActor? ByLeadingParts(IReadOnlyList<string> parts) =>
        parts.Count == 0 ? null
            : OnePerson(Indexed(_byFirst, parts[0]), a => a.NameParts.Count > parts.Count && a.NameParts.Take(parts.Count).SequenceEqual(parts));

    /// <summary>
    /// The one person already named in full with at least three name words, one of whose inner words is <paramref name="key"/>:
    /// "Gil" after "Yván Gil Pinto" (a first surname), "Lula" after "Luiz Inácio Lula da Silva"; null when none or several.
    /// </summary>
    public DocActor? ByInnerPart(string key) =>
        OnePerson(Indexed(_byPart, key), a => a.NameParts.Count >= 3 && a.NameParts.Skip(1).Take(a.NameParts.Count - 2).Contains(key));

    /// <summary>
    /// The one person whose role's capitalised words have <paramref name="initials"/> as their initials: "EAM" after "External
    /// Affairs Minister Dr. S. Jaishankar"; null when none or several.
    /// </summary>
    public DocActor? ByRoleInitials(string initials) =>
        OnePerson(_order, a => a.Role is { } role && string.Equals(
            string.Concat(role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0]) && w.Length > 1).Select(w => w[0])),
            initials, StringComparison.Ordinal));

    /// <summary>The state a release's header names as its issuer ("Ministry of Foreign Affairs of X"), if the document has one.</summary>
    public DocActor? HomeState { get; set; }

    /// <summary>The person the text has already named with exactly these name parts; null when none.</summary>
    public DocActor? ExactPerson(IReadOnlyList<string> parts)
    {
        foreach (var actor in Indexed(_byFirst, parts.Count > 0 ? parts[0] : string.Empty))
        {
            if (actor.Kind == ActorKind.Person && actor.FirstStart >= 0 && actor.NameParts.Count == parts.Count && actor.NameParts.SequenceEqual(parts))
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>A person or body the text introduced that no gazetteer knows.</summary>
    public DocActor Discovered(string name, ActorKind kind)
    {
        var parts = NameKey.Parts(name);
        var id = (kind == ActorKind.Person ? "doc-person:" : "doc-org:") + string.Join('-', parts);
        return _byId.TryGetValue(id, out var known) ? known : Add(new DocActor(id, name, kind, parts));
    }

    /// <summary>A person the text has already introduced under exactly this name (gazetteers aside); null when none.</summary>
    public DocActor? DiscoveredBefore(string name)
    {
        var id = "doc-person:" + string.Join('-', NameKey.Parts(name));
        return _byId.TryGetValue(id, out var known) && known.FirstStart >= 0 ? known : null;
    }

    /// <summary>
    /// The one person already named whose name ends with <paramref name="parts"/>; null when none or several
    /// (two people sharing a name part are never merged).
    /// </summary>
    public DocActor? BySurname(IReadOnlyList<string> parts)
    {
        DocActor? found = null;
        foreach (var actor in Indexed(_byLast, parts.Count > 0 ? parts[^1] : string.Empty))
        {
            if (actor.Kind != ActorKind.Person || actor.FirstStart < 0 || actor.NameParts.Count <= parts.Count)
            {
                continue;
            }

            var offset = actor.NameParts.Count - parts.Count;
            var match = true;
            for (var k = 0; k < parts.Count && match; k++)
            {
                match = actor.NameParts[offset + k] == parts[k];
            }

            if (match)
            {
                if (found is not null)
                {
                    return null;
                }

                found = actor;
            }
        }

        return found ?? (parts.Count == 1 ? ByFamilyNameFirst(parts[0]) : null);
    }

    /// <summary>
    /// "Pak" for "Pak Sung Ho", "Ri" for "Ri Yong Chol": names of three short syllables put the family name first, so a
    /// lone first part refers back to the one person named so; two such people leave it unresolved.
    /// </summary>
    private DocActor? ByFamilyNameFirst(string part)
    {
        DocActor? found = null;
        foreach (var actor in Indexed(_byFirst, part))
        {
            if (actor.Kind != ActorKind.Person || actor.FirstStart < 0 || actor.NameParts.Count != 3 || actor.NameParts.Any(p => p.Length > 4)
                || actor.NameParts[0] != part)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = actor;
        }

        return found;
    }

    /// <summary>The person most recently named whose role contains <paramref name="roleNoun"/> ("the spokesman").</summary>
    public DocActor? LastWithRole(string roleNoun) => LastWithRole(roleNoun, null);

    /// <summary>
    /// The person a role reference means. "The Indian Foreign Secretary" (<paramref name="state"/> given): the one whose role or
    /// affiliation names that state. "The Minister", "our Foreign Secretary" with no state: one whose role names no state, when
    /// there is one, as a ministry's release calls its own minister so and the guests "the Minister of X of Guyana". Among
    /// several, the one last named.
    /// </summary>
    public DocActor? LastWithRole(string roleNoun, DocActor? state)
    {
        var candidates = _order.Where(a => a.Kind == ActorKind.Person && a.Role is not null && a.Role.Contains(roleNoun, StringComparison.OrdinalIgnoreCase)).ToList();

        // "the Venezuelan leader" when the only leader named is someone else's: better unresolved than wrong.
        if (state is not null)
        {
            return candidates.Where(a => a.Affiliation == state || NamesState(a.Role!, state)).MaxBy(a => a.LastStart);
        }

        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        // A release's own minister first ("MINISTRY OF DEFENCE OF THE REPUBLIC OF X … the Minister"): the one whose role names the
        // state the document's header names; then one whose role names no state.
        if (HomeState is { } home && candidates.Where(a => a.Affiliation == home || NamesState(a.Role!, home)).ToList() is { Count: > 0 } own)
        {
            return own.MaxBy(a => a.LastStart);
        }

        var states = _order.Where(a => a.Kind == ActorKind.State && a.FirstStart >= 0).ToList();
        var preferred = candidates.Where(a => !states.Any(st => NamesState(a.Role!, st))).ToList();
        return (preferred.Count > 0 ? preferred : candidates).MaxBy(a => a.LastStart);

        static bool NamesState(string role, DocActor st) =>
            role.Contains(st.Name, StringComparison.OrdinalIgnoreCase)
            || st.AliasesInText.Any(alias => alias.Length > 3 && role.Contains(alias, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The one person the text has named among <paramref name="candidates"/> that <paramref name="match"/> accepts; null when none or several.</summary>
    private static DocActor? OnePerson(IEnumerable<DocActor> candidates, Func<DocActor, bool> match)
    {
        DocActor? found = null;
        foreach (var actor in candidates)
        {
            if (actor.Kind != ActorKind.Person || actor.FirstStart < 0 || actor == found || !match(actor))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = actor;
        }

        return found;
    }

    private DocActor Add(DocActor actor)
    {
        _byId[actor.Id] = actor;
        _order.Add(actor);
        if (actor.NameParts.Count > 0)
        {
            Index(_byFirst, actor.NameParts[0], actor);
            Index(_byLast, actor.NameParts[^1], actor);
            foreach (var part in actor.NameParts.Distinct(StringComparer.Ordinal))
            {
                Index(_byPart, part, actor);
            }
        }

        return actor;
    }

    // Actors by the first, the last and any part of their names, in the order the text named them: a lookup by a name part
    // must not scan every actor, or a text naming thousands of people grows quadratic.
    private readonly Dictionary<string, List<DocActor>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DocActor>> _byLast = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DocActor>> _byPart = new(StringComparer.Ordinal);

    private static void Index(Dictionary<string, List<DocActor>> index, string key, DocActor actor)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(actor);
    }

    private static IReadOnlyList<DocActor> Indexed(Dictionary<string, List<DocActor>> index, string key) =>
        index.TryGetValue(key, out var list) ? list : [];
}
