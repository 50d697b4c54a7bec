namespace Rapport.Reports.Briefs;

/// <summary>How a span of an outline paragraph stands out; each writer maps it to its own styling.</summary>
internal enum OutlineEmphasis
{
    /// <summary>Ordinary text.</summary>
    None,

    /// <summary>A label or name the reader scans for.</summary>
    Strong,

    /// <summary>The marker in front of a sentence Rapport wrote itself, so nobody mistakes it for a source's words.</summary>
    MachineDrafted,

    /// <summary>Evidence handles: needed to trace a claim, secondary to reading it.</summary>
    Evidence,
}
