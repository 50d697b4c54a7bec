using System.Globalization;
using Rapport.Analysis.EventData;
using Rapport.Extraction;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// Codes a document's meetings, statements about other actors, and support claims as CAMEO events, one per pair
/// of actors, so that Rapport's own facts and imported event data sit in the same dyad series. The codes come from
/// <c>data/eventdata</c>.
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

    /// <summary>
    /// The key of an actor in one document: an actor the gazetteers do not know, but whose organisation the document
    /// gives ("X, the movement's representative in …"), is keyed under that organisation as <c>org-id/Name</c>, so
    /// that it counts for the organisation's side of a dyad.
    /// </summary>
    public static string KeyOf(ActorRef actor, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(result);
        if (actor.Id is not null)
        {
            return actor.Id.Value.Value;
        }

        var organisation = result.Actors.FirstOrDefault(a => a.Ref.Name == actor.Name)?.Affiliation?.Id;
        return organisation is null ? "name:" + actor.Name : $"{organisation.Value.Value}/{actor.Name}";
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
                foreach (var b in meeting.SideB.Where(b => KeyOf(b, result) != KeyOf(a, result)))
                {
                    events.Add(Event(result, "meeting", meeting.Provenance, meeting.Date, a, b, code));
                }
            }
        }

        foreach (var statement in result.Statements)
        {
            var code = _codes.ForStatement(statement.Topics.Any(t => SupportTopics.Contains(t)));
            foreach (var subject in ActorsNamedIn(result, statement))
            {
                events.Add(Event(result, "statement", statement.Provenance, statement.Date, statement.Speaker, subject, code));
            }
        }

        foreach (var claim in result.Support.Where(c => KeyOf(c.Supporter, result) != KeyOf(c.Recipient, result)))
        {
            events.Add(Event(result, "support", claim.Provenance, PartialDate.Unknown, claim.Supporter, claim.Recipient, _codes.ForSupport(claim.Kind)));
        }

        // One event per fact and pair, even if a rule reports the same pair twice in one span.
        return events.DistinctBy(e => e.RecordId).ToList();
    }

    // Topic labels (data/lexicons/topics.tsv) under which a statement about another actor is praise or endorsement.
    private static readonly HashSet<string> SupportTopics = new(StringComparer.OrdinalIgnoreCase) { "support", "military support", "funding", "training", "media" };

    /// <summary>
    /// The actors a statement is about: those of the document whose name, or a form the document writes for them,
    /// appears in the reported speech — not the speaker, nor the organisation the speaker speaks for.
    /// </summary>
    public static IReadOnlyList<ActorRef> ActorsNamedIn(ExtractionResult result, Statement statement)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(statement);
        var content = statement.Content.Slice(result.Text);
        var speaker = KeyOf(statement.Speaker, result);
        var own = statement.Organization is null ? null : KeyOf(statement.Organization, result);
        return result.Actors
            .Where(a => KeyOf(a.Ref, result) != speaker && KeyOf(a.Ref, result) != own)
            .Where(a => a.AliasesInText.Prepend(a.Ref.Name).Any(name => name.Length > 2 && content.Contains(name, StringComparison.Ordinal)))
            .Select(a => a.Ref)
            .DistinctBy(a => KeyOf(a, result))
            .ToList();
    }

    /// <summary>
    /// The stored fact one of Rapport's own events was coded from — its kind (<c>meeting</c>, <c>statement</c>,
    /// <c>support</c>) and span — read back from the record id this class writes; false for imported events.
    /// </summary>
    public static bool TryGetSource(EventRecord e, out string fact, out Span span)
    {
        ArgumentNullException.ThrowIfNull(e);
        (fact, span) = (string.Empty, default);

        // "<document>:<start>-<end>:<fact>:<code>:<from>><to>", as Event() writes it.
        var parts = e.RecordId.Split(':', 4);
        if (e.Document is not { } document || parts.Length < 3 || parts[1].Split('-') is not [var from, var to]
            || !int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end < start)
        {
            return false;
        }

        (fact, span) = (parts[2], new Span(document, start, end));
        return true;
    }

    /// <summary>The handle of the fact an event was coded from (<c>meeting:7598c229bd8d@3563</c>); null for imported events.</summary>
    public static string? HandleOf(EventRecord e) =>
        TryGetSource(e, out var fact, out var span) ? $"{fact}:{span.Document.Short}@{span.Start.ToString(CultureInfo.InvariantCulture)}" : null;

    private static EventRecord Event(ExtractionResult result, string fact, Provenance provenance, PartialDate date, ActorRef source, ActorRef target, CameoCode code)
    {
        var (from, to) = (KeyOf(source, result), KeyOf(target, result));
        return new(
            Origin,
            $"{result.Document.Value}:{provenance.Span.Start}-{provenance.Span.End}:{fact}:{code.Code}:{from}>{to}",
            date,
            from,
            source.Name,
            to,
            target.Name,
            code.Code,
            (int)code.QuadClass,
            code.Goldstein,
            result.Document.Value,
            result.Document);
    }
}
