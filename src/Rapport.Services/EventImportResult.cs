using Rapport.Analysis.EventData;

namespace Rapport.Services;

/// <summary>What an event-data import did.</summary>
/// <param name="Path">The file imported.</param>
/// <param name="Dataset">Its layout.</param>
/// <param name="Read">Well-formed events read.</param>
/// <param name="Added">Events new to the store.</param>
/// <param name="Report">Lines read, malformed lines and their reasons.</param>
public sealed record EventImportResult(string Path, EventDataset Dataset, long Read, long Added, EventImportReport Report)
{
    /// <summary>Events already stored from an earlier import of the same records.</summary>
    public long AlreadyPresent => Read - Added;
}
