namespace Rapport.Analysis.Networks;

/// <summary>What a tie between two actors records.</summary>
public enum EdgeKind
{
    /// <summary>The two met (a visit, meeting, call or ceremony); undirected.</summary>
    Meeting,

    /// <summary>The source made a statement about the target; directed.</summary>
    Statement,

    /// <summary>The source supports the target; directed, with a <see cref="Model.SupportKind"/>.</summary>
    Support,
}
