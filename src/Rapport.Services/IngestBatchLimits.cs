namespace Rapport.Services;

/// <summary>When ingest commits the documents it has read: whichever limit is reached first.</summary>
public sealed record IngestBatchLimits
{
    /// <summary>Most documents in one transaction.</summary>
    public int MaxDocuments { get; init; } = 500;

    /// <summary>Most characters of text held before committing, which bounds memory.</summary>
    public long MaxCharacters { get; init; } = 8_000_000;

    /// <summary>Longest a read document waits before it is committed, so progress stays live on slow inputs.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromMilliseconds(250);
}
