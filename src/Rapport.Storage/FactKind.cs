namespace Rapport.Storage;

/// <summary>The kinds of fact extraction stores for a document.</summary>
public enum FactKind
{
    /// <summary>An actor named in the document.</summary>
    Actor,

    /// <summary>Reported or quoted speech.</summary>
    Statement,

    /// <summary>A visit, meeting, phone call or ceremony.</summary>
    Meeting,

    /// <summary>A claim that one actor supports another.</summary>
    Support,

    /// <summary>The author's own estimative judgement.</summary>
    Assessment,
}
