using Rapport.Analysis.Credibility;

namespace Rapport.Services;

/// <summary>The words analysts read the Admiralty information-credibility ratings by.</summary>
public static class CredibilityLabels
{
    /// <summary>"confirmed", "probably true", … "cannot be judged".</summary>
    public static string Of(InformationCredibility credibility) => credibility switch
    {
        InformationCredibility.Confirmed => "confirmed",
        InformationCredibility.ProbablyTrue => "probably true",
        InformationCredibility.PossiblyTrue => "possibly true",
        InformationCredibility.Doubtful => "doubtful",
        InformationCredibility.Improbable => "improbable",
        _ => "cannot be judged",
    };
}
