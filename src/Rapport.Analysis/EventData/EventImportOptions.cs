namespace Rapport.Analysis.EventData;

/// <summary>How tolerant an event reader is.</summary>
/// <param name="MaxErrors">
/// How many malformed lines are skipped (and reported) before the reader gives up with
/// <see cref="EventImportAbortedException"/>: past that, the file is probably not in the expected layout.
/// </param>
/// <param name="MaxWarningsKept">How many warnings the report keeps in full; further ones are only counted, so memory stays constant.</param>
public sealed record EventImportOptions(int MaxErrors = 1000, int MaxWarningsKept = 200)
{
    /// <summary>The defaults: give up after 1,000 malformed lines, keep the first 200 warnings.</summary>
    public static EventImportOptions Default { get; } = new();
}
