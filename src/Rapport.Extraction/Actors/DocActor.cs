using Rapport.Model;

namespace Rapport.Extraction.Actors;

/// <summary>An actor as met in one document: its name, the names the text uses for it, its role and affiliation.</summary>
internal sealed class DocActor(string id, string name, ActorKind kind, IReadOnlyList<string> nameParts)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public ActorKind Kind { get; } = kind;

    /// <summary>Folded name parts, for surname resolution.</summary>
    public IReadOnlyList<string> NameParts { get; } = nameParts;

    /// <summary>Surface forms other than the name, in order of first use.</summary>
    public List<string> AliasesInText { get; } = [];

    public string? Role { get; set; }

    /// <summary>True once the document itself gave the role, which then wins over the gazetteer's.</summary>
    public bool RoleFromText { get; set; }

    public DocActor? Affiliation { get; set; }

    /// <summary>For a unit, the organisation or state it is part of.</summary>
    public DocActor? PartOf { get; set; }

    /// <summary>The pronoun the text has used for this person ("he" or "she"), once it has; null before.</summary>
    public string? Pronoun { get; set; }

    public int FirstStart { get; set; } = -1;

    public int LastStart { get; set; } = -1;

    public void Saw(string surface, int start)
    {
        if (FirstStart < 0)
        {
            FirstStart = start;
        }

        LastStart = Math.Max(LastStart, start);
        if (!string.Equals(surface, Name, StringComparison.Ordinal) && !AliasesInText.Contains(surface, StringComparer.Ordinal))
        {
            AliasesInText.Add(surface);
        }
    }

    public ActorRef ToRef() => new(Name, new ActorId(Id));
}
