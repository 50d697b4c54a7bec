namespace Rapport.Model;

/// <summary>Source reliability on the Admiralty (NATO) scale.</summary>
public enum ReliabilityGrade
{
    /// <summary>A: completely reliable.</summary>
    A = 1,

    /// <summary>B: usually reliable.</summary>
    B = 2,

    /// <summary>C: fairly reliable.</summary>
    C = 3,

    /// <summary>D: not usually reliable.</summary>
    D = 4,

    /// <summary>E: unreliable.</summary>
    E = 5,

    /// <summary>F: reliability cannot be judged. The default for a source nobody has graded.</summary>
    F = 6,
}
