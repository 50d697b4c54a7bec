namespace Rapport.Analysis.EventData;

/// <summary>What a reader made of a file: counts and the skipped lines. Filled in while the events are enumerated.</summary>
public sealed class EventImportReport
{
    private readonly List<ImportWarning> _warnings = [];

    /// <summary>Creates an empty report that keeps at most <paramref name="maxWarningsKept"/> warnings in full.</summary>
    public EventImportReport(int maxWarningsKept = 200)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxWarningsKept);
        MaxWarningsKept = maxWarningsKept;
    }

    /// <summary>How many warnings are kept in full.</summary>
    public int MaxWarningsKept { get; }

    /// <summary>Lines read, including the header and blank lines.</summary>
    public long LinesRead { get; internal set; }

    /// <summary>Events returned.</summary>
    public long EventsRead { get; internal set; }

    /// <summary>Malformed lines skipped.</summary>
    public long ErrorCount { get; private set; }

    /// <summary>The first <see cref="MaxWarningsKept"/> skipped lines with their reasons.</summary>
    public IReadOnlyList<ImportWarning> Warnings => _warnings;

    /// <summary>True when the reader gave up because there were too many malformed lines.</summary>
    public bool Aborted { get; internal set; }

    internal void AddError(long lineNumber, string reason)
    {
        ErrorCount++;
        if (_warnings.Count < MaxWarningsKept)
        {
            _warnings.Add(new ImportWarning(lineNumber, reason));
        }
    }
}
