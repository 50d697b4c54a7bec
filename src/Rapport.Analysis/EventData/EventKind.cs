namespace Rapport.Analysis.EventData;

/// <summary>The kinds of Rapport fact that are coded in CAMEO (see <see cref="RapportFactCodes"/>).</summary>
public enum EventKind
{
    /// <summary>A visit; qualified by <c>made</c> (the visitor's side) or <c>hosted</c> (the host's side).</summary>
    Visit,

    /// <summary>A meeting; qualified by <c>third-location</c> when held at a place tied to neither side.</summary>
    Meeting,

    /// <summary>A telephone conversation.</summary>
    PhoneCall,

    /// <summary>A ceremony, conference or rally attended together.</summary>
    Ceremony,

    /// <summary>A statement praising or endorsing the other side.</summary>
    Praise,

    /// <summary>A formal agreement signed between the sides.</summary>
    Agreement,

    /// <summary>Support; qualified by the support kind (<c>weapons</c>, <c>funds</c>, <c>know-how</c>, …).</summary>
    Support,

    /// <summary>A statement by one side about the other: 010 when its tone is not coded, 051 when it speaks of support.</summary>
    Statement,
}
