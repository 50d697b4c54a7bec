using System.Reflection;
using System.Text.Json;
using Rapport.Extraction;
using Rapport.Extraction.Json;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// Runs extraction on a document and turns the result into the records the store keeps: query columns plus each
/// fact's JSON in the documented extraction contract, so what is stored is exactly what <c>rapport extract</c> prints.
/// </summary>
public sealed class FactExtraction
{
    private readonly Extractor _extractor;
    private readonly Lazy<FactEvents> _events;

    /// <summary>Creates the step over an extractor (the default gazetteers and lexicons when null).</summary>
    public FactExtraction(Extractor? extractor = null, FactEvents? events = null)
    {
        _extractor = extractor ?? Extractor.Default;
        _events = new Lazy<FactEvents>(() => events ?? new FactEvents());
    }

    /// <summary>Identifies the extractor build whose facts are stored, so stale facts can be found and redone.</summary>
    public static string Version { get; } = "rapport-extraction/" +
        (typeof(Extractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0");

    /// <summary>Extracts from <paramref name="document"/>.</summary>
    public ExtractionResult Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _extractor.Run(document.Id, document.Text, document.PublishedOn);
    }

    /// <summary>The document with its facts and their CAMEO-coded events, ready to store.</summary>
    public DocumentRecord Record(Document document)
    {
        var result = Extract(document);
        return new DocumentRecord(document, ToFacts(result), Version) { Events = _events.Value.From(result), Actors = Mentions(result) };
    }

    /// <summary>
    /// The actor registry's entries for an extraction result: each actor its facts name, under the key events use
    /// (<see cref="FactEvents.KeyOf(ActorRef, ExtractionResult)"/>), with its name and every alias the text uses.
    /// </summary>
    public static IReadOnlyList<ActorMention> Mentions(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var mentions = new List<ActorMention>();
        foreach (var actor in result.Actors)
        {
            var key = FactEvents.KeyOf(actor.Ref, result);
            var kind = actor.Kind switch { ActorKind.Person => "person", ActorKind.State => "state", _ => "organization" };
            var affiliation = actor.Affiliation is null ? null : FactEvents.KeyOf(actor.Affiliation);
            foreach (var name in actor.AliasesInText.Prepend(actor.Ref.Name))
            {
                mentions.Add(new ActorMention(result.Document, key, name, kind, affiliation));
            }
        }

        // Participants and speakers the actor list does not hold (descriptions, unresolved names) are actors too.
        var named = result.Statements.Select(s => s.Speaker)
            .Concat(result.Meetings.SelectMany(m => m.SideA.Concat(m.SideB)))
            .Concat(result.Support.SelectMany(c => new[] { c.Supporter, c.Recipient }));
        foreach (var actor in named)
        {
            mentions.Add(new ActorMention(result.Document, FactEvents.KeyOf(actor, result), actor.Name));
        }

        return mentions.DistinctBy(m => (m.Key, m.Name)).ToList();
    }

    /// <summary>The store's records for an extraction result, in the contract's order.</summary>
    public static IReadOnlyList<FactRecord> ToFacts(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var json = JsonDocument.Parse(ExtractionJsonWriter.Write(result));
        var root = json.RootElement;
        var facts = new List<FactRecord>();

        Add(root, "actors", result.Actors, a => new FactRecord(FactKind.Actor, a.Provenance.Span, a.Provenance.Rule, PartialDate.Unknown, a.Ref.Name, a.Affiliation?.Name, string.Empty));
        Add(root, "statements", result.Statements, s => new FactRecord(FactKind.Statement, s.Provenance.Span, s.Provenance.Rule, s.Date, s.Speaker.Name, s.Organization?.Name, string.Empty));
        Add(root, "meetings", result.Meetings, m => new FactRecord(FactKind.Meeting, m.Provenance.Span, m.Provenance.Rule, m.Date, Names(m.SideA), Names(m.SideB), string.Empty));
        Add(root, "support", result.Support, c => new FactRecord(FactKind.Support, c.Provenance.Span, c.Provenance.Rule, PartialDate.Unknown, c.Supporter.Name, c.Recipient.Name, string.Empty));
        Add(root, "assessments", result.Assessments, a => new FactRecord(FactKind.Assessment, a.Provenance.Span, a.Provenance.Rule, PartialDate.Unknown, null, null, string.Empty));
        return facts;

        void Add<T>(JsonElement document, string array, IReadOnlyList<T> items, Func<T, FactRecord> columns)
        {
            var elements = document.GetProperty(array).EnumerateArray().ToList();
            for (var i = 0; i < items.Count; i++)
            {
                facts.Add(columns(items[i]) with { Payload = elements[i].GetRawText() });
            }
        }
    }

    private static string? Names(IReadOnlyList<ActorRef> actors) => actors.Count == 0 ? null : string.Join("; ", actors.Select(a => a.Name));
}
