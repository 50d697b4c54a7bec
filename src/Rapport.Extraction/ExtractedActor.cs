using Rapport.Model;

namespace Rapport.Extraction;

/// <summary>An actor named in a document.</summary>
/// <param name="Ref">Its name and id.</param>
/// <param name="Kind">State, organisation, unit or person.</param>
/// <param name="AliasesInText">Other forms the document uses for it ("al-Masri", "Iranians").</param>
/// <param name="Affiliation">The organisation or state it belongs to, when known.</param>
/// <param name="Role">Its role as the document (or else the gazetteer) gives it.</param>
/// <param name="Provenance">Its first mention and the rule.</param>
public sealed record ExtractedActor(ActorRef Ref, ActorKind Kind, IReadOnlyList<string> AliasesInText, ActorRef? Affiliation, string? Role, Provenance Provenance);
