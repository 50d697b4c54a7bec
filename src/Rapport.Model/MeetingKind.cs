namespace Rapport.Model;

/// <summary>What kind of encounter a meeting is.</summary>
public enum MeetingKind
{
    /// <summary>A delegation or person travelling to another.</summary>
    Visit,

    /// <summary>A meeting at a place not tied to either side.</summary>
    Meeting,

    /// <summary>A telephone conversation.</summary>
    PhoneCall,

    /// <summary>A ceremony, conference or rally attended together.</summary>
    Ceremony,
}
