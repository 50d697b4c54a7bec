namespace Rapport.Services;

/// <summary>The outcome of an ingest run.</summary>
/// <param name="Items">One entry per input, in the order they were processed.</param>
public sealed record IngestReport(IReadOnlyList<IngestItem> Items)
{
    /// <summary>New documents stored.</summary>
    public int Added => Items.Count(i => i.Outcome == IngestOutcome.Added);

    /// <summary>Inputs whose text was already stored.</summary>
    public int AlreadyPresent => Items.Count(i => i.Outcome == IngestOutcome.AlreadyPresent);

    /// <summary>Inputs rejected, with reasons.</summary>
    public IEnumerable<IngestItem> Rejected => Items.Where(i => i.Outcome == IngestOutcome.Rejected);

    /// <summary>True when any input was rejected.</summary>
    public bool HasRejections => Items.Any(i => i.Outcome == IngestOutcome.Rejected);
}
