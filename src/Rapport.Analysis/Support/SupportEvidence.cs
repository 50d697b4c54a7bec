using Rapport.Model;

namespace Rapport.Analysis.Support;

/// <summary>One piece of evidence that a supporter gives a recipient a kind of support.</summary>
/// <param name="Supporter">Who gives.</param>
/// <param name="Recipient">Who receives.</param>
/// <param name="Kind">What kind of support.</param>
/// <param name="Date">When, as far as the evidence says; unknown when it does not.</param>
/// <param name="EvidenceId">A stable id for the evidence (a claim or span id), used to cite it and to break ties.</param>
public sealed record SupportEvidence(ActorId Supporter, ActorId Recipient, SupportKind Kind, PartialDate Date, string EvidenceId);
