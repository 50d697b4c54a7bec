namespace Rapport.Storage;

/// <summary>
/// One transaction of event inserts, for imports too large to hold in memory: add batch after batch, then commit.
/// Disposing without committing rolls everything back, so a failed import leaves the store as it was.
/// </summary>
public interface IEventWriter : IAsyncDisposable
{
    /// <summary>Adds a batch, skipping events whose origin and record id are already stored.</summary>
    /// <returns>How many were new.</returns>
    Task<int> AddAsync(IReadOnlyList<EventRecord> events, CancellationToken cancellationToken = default);

    /// <summary>Makes everything added visible, atomically.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
