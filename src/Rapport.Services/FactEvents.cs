using Rapport.Analysis.EventData;
using Rapport.Extraction;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// Codes a document's meetings and support claims as CAMEO events, one per pair of actors, so that Rapport's own
/// facts and imported event data sit in the same dyad series. The codes come from <c>data/eventdata</c>.
/// </summary>
public sealed class FactEvents
{
    /// <summary>The origin stored for events read by Rapport itself.</summary>
    public const string Origin = "rapport";

    private readonly RapportFactCodes _codes;

    /// <summary>Creates the coder over a fact-code table (the default one when null).</summary>
    public FactEvents(RapportFactCodes? codes = null) => _codes = codes ?? RapportFactCodes.LoadDefault(CameoCodebook.LoadDefault());

    /// <summary>The actor key under which events are stored: the resolved actor id, else the name.</summary>
    public static string KeyOf(ActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Id?.Value ?? "name:" + actor.Name;
    }

    /// <summary>The events of one extraction result.</summary>
    public IReadOnlyList<EventRecord> From(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var events = new List<EventRecord>();
        foreach (var meeting in result.Meetings)
        {
            var code = _codes.ForMeeting(meeting.Kind);
            foreach (var a in meeting.SideA)
            {
                foreach (var b in meeting.SideB.Where(b => KeyOf(b) != KeyOf(a)))
                {
                    events.Add(Event(result.Document, meeting.Provenance, meeting.Date, a, b, code));
                }
            }
        }

        foreach (var claim in result.Support.Where(c => KeyOf(c.Supporter) != KeyOf(c.Recipient)))
        {
            events.Add(Event(result.Document, claim.Provenance, PartialDate.Unknown, claim.Supporter, claim.Recipient, _codes.ForSupport(claim.Kind)));
        }

        // One event per fact and pair, even if a rule reports the same pair twice in one span.
        return events.DistinctBy(e => e.RecordId).ToList();
    }

    private static EventRecord Event(DocumentId document, Provenance provenance, PartialDate date, ActorRef source, ActorRef target, CameoCode code) =>
        new(
            Origin,
            $"{document.Value}:{provenance.Span.Start}-{provenance.Span.End}:{code.Code}:{KeyOf(source)}>{KeyOf(target)}",
            date,
            KeyOf(source),
            source.Name,
            KeyOf(target),
            target.Name,
            code.Code,
            (int)code.QuadClass,
            code.Goldstein,
            document.Value,
            document);
}
