using Rapport.Model;

namespace Rapport.Analysis.EventData;

/// <summary>One coded event from an event dataset, in one shape whatever the dataset.</summary>
/// <param name="Dataset">Where it came from.</param>
/// <param name="RecordId">The dataset's id for the record (GLOBALEVENTID, Event ID).</param>
/// <param name="Date">The event's date (day precision in GDELT and ICEWS).</param>
/// <param name="Source">The acting side.</param>
/// <param name="Target">The side acted upon.</param>
/// <param name="CameoCode">The CAMEO event code with its leading zero, e.g. <c>042</c>.</param>
/// <param name="Goldstein">The Goldstein weight the dataset gives (ICEWS: its Intensity).</param>
/// <param name="QuadClass">The quad class (given by GDELT; derived from the code's root for ICEWS).</param>
/// <param name="SourceReference">The source article URL (GDELT) or story id (ICEWS); null when absent.</param>
/// <param name="Location">Where it happened, or null when the record gives no place.</param>
/// <param name="LineNumber">The 1-based line of the file the record was read from.</param>
public sealed record CodedEvent(
    EventDataset Dataset,
    string RecordId,
    PartialDate Date,
    EventActor Source,
    EventActor Target,
    string CameoCode,
    double Goldstein,
    QuadClass QuadClass,
    string? SourceReference,
    EventLocation? Location,
    long LineNumber)
{
    /// <summary>The two-digit root of <see cref="CameoCode"/>.</summary>
    public string Root => CameoCode[..2];
}
