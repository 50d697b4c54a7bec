namespace Rapport.Storage;

/// <summary>What an analyst decided about two actor keys.</summary>
public enum ActorDecisionKind
{
    /// <summary>The two keys are one actor.</summary>
    Merge,

    /// <summary>Undoes a merge: the two keys are apart again (and may be proposed again).</summary>
    Split,

    /// <summary>The two keys are different actors: never merge them, never propose them again.</summary>
    Distinct,
}
