namespace Rapport.Services;

/// <summary>What happened to one input during ingest.</summary>
public enum IngestOutcome
{
    /// <summary>A new document was stored.</summary>
    Added,

    /// <summary>The same text was already stored; nothing changed.</summary>
    AlreadyPresent,

    /// <summary>The input could not become a document; the store is unchanged.</summary>
    Rejected,
}
