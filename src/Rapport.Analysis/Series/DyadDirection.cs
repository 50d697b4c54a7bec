namespace Rapport.Analysis.Series;

/// <summary>Which way an event runs across a dyad.</summary>
public enum DyadDirection
{
    /// <summary>An actor of side A acts on an actor of side B.</summary>
    AToB,

    /// <summary>An actor of side B acts on an actor of side A.</summary>
    BToA,
}
