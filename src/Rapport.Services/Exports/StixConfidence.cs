using Rapport.Analysis.Credibility;
using Rapport.Model;

namespace Rapport.Services.Exports;

/// <summary>
/// STIX <c>confidence</c> (0–100) from Rapport's ratings, by the normative scale mappings of STIX 2.1 (Part 1,
/// appendix "Confidence Scales"): the Admiralty information-credibility scale for facts, the DNI estimative-language
/// scale for the authors' assessments. The table is in <c>docs/exports.md</c>.
/// </summary>
public static class StixConfidence
{
    /// <summary>
    /// 1 confirmed → 90, 2 probably true → 70, 3 possibly true → 50, 4 doubtful → 30, 5 improbable → 10; 6 (truth cannot
    /// be judged) → null, because the STIX table says the property is then not present: 6 is no level of belief.
    /// </summary>
    public static int? FromAdmiralty(InformationCredibility credibility) => credibility switch
    {
        InformationCredibility.Confirmed => 90,
        InformationCredibility.ProbablyTrue => 70,
        InformationCredibility.PossiblyTrue => 50,
        InformationCredibility.Doubtful => 30,
        InformationCredibility.Improbable => 10,
        _ => null,
    };

    /// <summary>
    /// The DNI scale (ICD 203) to STIX: almost no chance 5, very unlikely 15, unlikely 30, roughly even chance 50,
    /// likely 70, very likely 85, almost certain 95.
    /// </summary>
    public static int FromLikelihood(EstimativeLikelihood likelihood) => likelihood switch
    {
        EstimativeLikelihood.AlmostNoChance => 5,
        EstimativeLikelihood.VeryUnlikely => 15,
        EstimativeLikelihood.Unlikely => 30,
        EstimativeLikelihood.RoughlyEvenChance => 50,
        EstimativeLikelihood.Likely => 70,
        EstimativeLikelihood.VeryLikely => 85,
        _ => 95,
    };
}
