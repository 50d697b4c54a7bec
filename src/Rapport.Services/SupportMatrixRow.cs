using Rapport.Analysis.Credibility;
using Rapport.Model;

namespace Rapport.Services;

/// <summary>One cell of the support matrix: what is known of one supporter giving one recipient one kind of support.</summary>
/// <param name="Supporter">Who gives, by merged identity, named as the claims most often write it.</param>
/// <param name="Recipient">Who receives, by merged identity, named as the claims most often write it.</param>
/// <param name="Kind">What kind of support.</param>
/// <param name="EvidenceCount">How many claims (one per sentence) support the cell.</param>
/// <param name="Documents">In how many documents.</param>
/// <param name="First">The earliest dated claim; unknown when none is dated.</param>
/// <param name="Last">The latest dated claim; unknown when none is dated.</param>
/// <param name="Credibility">The Admiralty rating of the cell from every outlet of every claim, as independent sources.</param>
/// <param name="Strongest">The claim with the best credibility.</param>
public sealed record SupportMatrixRow(
    RegistryActor Supporter,
    RegistryActor Recipient,
    SupportKind Kind,
    int EvidenceCount,
    int Documents,
    PartialDate First,
    PartialDate Last,
    InformationCredibility Credibility,
    SupportEvidenceDetail Strongest)
{
    /// <summary>The kind as the extraction contract writes it: <c>weapons</c>, <c>funds</c>, <c>know-how</c>, ….</summary>
    public string KindName => SupportKinds.Name(Kind);
}
