using Rapport.Model;

namespace Rapport.Storage;

/// <summary>A document with the facts extracted from it, stored together in one transaction.</summary>
/// <param name="Document">The document.</param>
/// <param name="Facts">Its facts; empty when nothing was extracted.</param>
/// <param name="ExtractorVersion">The extractor that produced the facts, or null when extraction did not run.</param>
public sealed record DocumentRecord(Document Document, IReadOnlyList<FactRecord> Facts, string? ExtractorVersion = null)
{
    /// <summary>The facts coded as CAMEO events (meetings, support), stored with the document.</summary>
    public IReadOnlyList<EventRecord> Events { get; init; } = [];

    /// <summary>The actor registry's entries for the document: each actor key with each name it is written with.</summary>
    public IReadOnlyList<ActorMention> Actors { get; init; } = [];

    /// <summary>A document stored without extraction.</summary>
    public static implicit operator DocumentRecord(Document document) => new(document, []);

    /// <summary>A document stored without extraction.</summary>
    public static DocumentRecord FromDocument(Document document) => new(document, []);
}
