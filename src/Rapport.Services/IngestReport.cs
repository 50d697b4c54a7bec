namespace Rapport.Services;

/// <summary>
/// The outcome of an ingest run: counts of what was added or already present, and every rejection with its reason.
/// Only rejections are kept one by one, so the report of a million-file ingest stays small.
/// </summary>
public sealed class IngestReport
{
    private readonly List<IngestItem> _rejected = [];

    /// <summary>Inputs settled so far.</summary>
    public int Count { get; private set; }

    /// <summary>New documents stored.</summary>
    public int Added { get; private set; }

    /// <summary>Inputs whose text was already stored.</summary>
    public int AlreadyPresent { get; private set; }

    /// <summary>Inputs rejected, with reasons, in the order met.</summary>
    public IReadOnlyList<IngestItem> Rejected => _rejected;

    /// <summary>True when any input was rejected.</summary>
    public bool HasRejections => _rejected.Count > 0;

    /// <summary>Counts one settled input.</summary>
    public void Add(IngestItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Count++;
        switch (item.Outcome)
        {
            case IngestOutcome.Added:
                Added++;
                break;
            case IngestOutcome.AlreadyPresent:
                AlreadyPresent++;
                break;
            default:
                _rejected.Add(item);
                break;
        }
    }
}
