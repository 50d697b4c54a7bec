namespace Rapport.Model;

/// <summary>A claim that one actor supports another in some way.</summary>
/// <param name="Supporter">Who gives.</param>
/// <param name="Recipient">Who receives.</param>
/// <param name="Kind">What kind of support.</param>
/// <param name="Evidence">The spans that carry the claim.</param>
/// <param name="Provenance">The main span and the rule.</param>
public sealed record SupportClaim(ActorRef Supporter, ActorRef Recipient, SupportKind Kind, IReadOnlyList<Span> Evidence, Provenance Provenance);
