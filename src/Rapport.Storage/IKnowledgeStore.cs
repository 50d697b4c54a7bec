using Rapport.Model;

namespace Rapport.Storage;

/// <summary>
/// The knowledge base: documents and, later, the facts extracted from them. Every backend (SQLite, PostgreSQL)
/// implements this one interface and passes the same test suite, so the CLI and web app never know which they use.
/// </summary>
/// <remarks>
/// Each write is one transaction: after a crash the store holds whole documents or none of one. The web server's
/// accounts live in the same store (<see cref="IAccountStore"/>).
/// </remarks>
public interface IKnowledgeStore : IAccountStore, IAsyncDisposable
{
    /// <summary>What this store is, for people: backend and location, without secrets.</summary>
    string Description { get; }

    /// <summary>The schema version of the open database.</summary>
    int SchemaVersion { get; }

    /// <summary>Adds a document unless one with the same id (the same text) is already there.</summary>
    Task<AddResult> AddDocumentAsync(Document document, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds several documents in one transaction, skipping those already stored. Either all of them are stored or,
    /// after a crash, none: batching is what lets ingest approach the engine's own speed.
    /// </summary>
    /// <returns>One result per document, in order.</returns>
    /// <remarks>A document that is already stored keeps the facts it has; its record's facts are ignored.</remarks>
    Task<IReadOnlyList<AddResult>> AddDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken = default);

    /// <summary>The facts stored for a document, in span order.</summary>
    Task<IReadOnlyList<FactRecord>> GetFactsAsync(DocumentId id, CancellationToken cancellationToken = default);

    /// <summary>How many facts of <paramref name="kind"/> are stored across all documents.</summary>
    Task<long> CountFactsAsync(FactKind kind, CancellationToken cancellationToken = default);

    /// <summary>Streams the stored facts of <paramref name="kind"/> across all documents, in document then span order.</summary>
    IAsyncEnumerable<FactRecord> ReadFactsAsync(FactKind kind, CancellationToken cancellationToken = default);

    /// <summary>The actor registry: every actor key seen in stored facts, with each name it is written with, per document; in document, key, name order.</summary>
    Task<IReadOnlyList<ActorMention>> ListActorMentionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Appends an analyst decision about two actor keys to the decision log; earlier decisions are never changed.</summary>
    Task AddActorDecisionAsync(ActorDecision decision, CancellationToken cancellationToken = default);

    /// <summary>The decision log, oldest first.</summary>
    Task<IReadOnlyList<ActorDecision>> ListActorDecisionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets an outlet's reliability grade, replacing any earlier grade of the same outlet (compared case-insensitively).</summary>
    Task SetOutletGradeAsync(OutletGrade grade, CancellationToken cancellationToken = default);

    /// <summary>Every graded outlet, by name.</summary>
    Task<IReadOnlyList<OutletGrade>> ListOutletGradesAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts one transaction of event inserts; see <see cref="IEventWriter"/>.</summary>
    Task<IEventWriter> BeginEventsAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams the stored events of an origin (all origins when null), in insertion order.</summary>
    IAsyncEnumerable<EventRecord> ReadEventsAsync(string? origin = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The events between actors covered by <paramref name="sources"/> and <paramref name="targets"/> in the months
    /// from <paramref name="from"/> to <paramref name="to"/>, strongest (largest absolute Goldstein weight) first.
    /// </summary>
    Task<IReadOnlyList<EventRecord>> GetEventsAsync(ActorSelector sources, ActorSelector targets, YearMonth from, YearMonth to, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many events of an origin are stored (all origins when null).</summary>
    Task<long> CountEventsAsync(string? origin = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Monthly event counts and Goldstein sums between actors covered by <paramref name="sources"/> and
    /// <paramref name="targets"/>, from <paramref name="from"/> to <paramref name="to"/> inclusive.
    /// Events known only to the year, or not dated, are not in any month.
    /// </summary>
    Task<IReadOnlyList<EventMonth>> GetEventMonthsAsync(ActorSelector sources, ActorSelector targets, YearMonth from, YearMonth to, CancellationToken cancellationToken = default);

    /// <summary>True when a document with this id is stored.</summary>
    Task<bool> ContainsDocumentAsync(DocumentId id, CancellationToken cancellationToken = default);

    /// <summary>The document with this id, or null.</summary>
    Task<Document?> GetDocumentAsync(DocumentId id, CancellationToken cancellationToken = default);

    /// <summary>Documents whose id starts with <paramref name="idPrefix"/> (at most a few, for resolving short ids).</summary>
    Task<IReadOnlyList<DocumentSummary>> FindDocumentsByIdPrefixAsync(string idPrefix, CancellationToken cancellationToken = default);

    /// <summary>A page of documents, oldest first.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many documents are stored.</summary>
    Task<long> CountDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Full-text search over titles and texts, best first, each hit with a highlighted snippet.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken = default);

    /// <summary>Checks the database and, when <paramref name="verifyContent"/> is set, that every document's text still hashes to its id.</summary>
    Task<IntegrityReport> CheckIntegrityAsync(bool verifyContent, CancellationToken cancellationToken = default);
}
