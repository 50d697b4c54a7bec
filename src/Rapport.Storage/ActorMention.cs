using Rapport.Model;

namespace Rapport.Storage;

/// <summary>
/// One entry of the actor registry: an actor key seen in a document's facts, under one of the names the document
/// writes it with. Every name an actor is written with, in every document, is one entry.
/// </summary>
/// <param name="Document">The document that names the actor.</param>
/// <param name="Key">The actor key: a gazetteer id when extraction resolved it, else <c>name:…</c> or <c>org-id/…</c>.</param>
/// <param name="Name">The name as written (the resolved name or an alias the text uses).</param>
/// <param name="Kind">person, organization or state; null when the document only names it in a fact.</param>
/// <param name="Affiliation">The key of the organisation or state it belongs to, when the document says.</param>
public sealed record ActorMention(DocumentId Document, string Key, string Name, string? Kind = null, string? Affiliation = null);
