namespace Rapport.Model;

/// <summary>What kind of actor something is.</summary>
public enum ActorKind
{
    /// <summary>A sovereign state.</summary>
    State,

    /// <summary>A movement, party, agency, company or other body.</summary>
    Organization,

    /// <summary>A part of an organisation: a wing, bureau, brigade or force.</summary>
    Unit,

    /// <summary>A named individual.</summary>
    Person,
}
