namespace Rapport.Analysis.EventData;

/// <summary>Thrown when a file has more malformed lines than <see cref="EventImportOptions.MaxErrors"/> allows.</summary>
public sealed class EventImportAbortedException : Exception
{
    /// <summary>Creates the exception for a report that went over the limit.</summary>
    public EventImportAbortedException(EventImportReport report, string message)
        : base(message)
    {
        Report = report;
    }

    /// <summary>The report as it stood when reading stopped.</summary>
    public EventImportReport Report { get; }
}
