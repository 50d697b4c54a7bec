namespace Rapport.Model;

/// <summary>The probability bands of ICD 203 that estimative language maps to.</summary>
public enum EstimativeLikelihood
{
    /// <summary>Almost no chance / remote: 1–5%.</summary>
    AlmostNoChance = 1,

    /// <summary>Very unlikely / highly improbable: 5–20%.</summary>
    VeryUnlikely = 2,

    /// <summary>Unlikely / improbable: 20–45%.</summary>
    Unlikely = 3,

    /// <summary>Roughly even chance: 45–55%.</summary>
    RoughlyEvenChance = 4,

    /// <summary>Likely / probable: 55–80%.</summary>
    Likely = 5,

    /// <summary>Very likely / highly probable: 80–95%.</summary>
    VeryLikely = 6,

    /// <summary>Almost certain / nearly certain: 95–99%.</summary>
    AlmostCertain = 7,
}
