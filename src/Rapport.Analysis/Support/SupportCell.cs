using Rapport.Model;

namespace Rapport.Analysis.Support;

/// <summary>What is known of one supporter × recipient × kind.</summary>
/// <param name="Supporter">Who gives.</param>
/// <param name="Recipient">Who receives.</param>
/// <param name="Kind">What kind of support.</param>
/// <param name="EvidenceCount">How many pieces of evidence.</param>
/// <param name="First">The earliest dated evidence (earliest possible day; the coarser date on a tie); unknown when none is dated.</param>
/// <param name="Last">The latest dated evidence (latest possible day; the finer date on a tie); unknown when none is dated.</param>
/// <param name="Strongest">The evidence with the highest credibility score.</param>
/// <param name="StrongestScore">Its score.</param>
public sealed record SupportCell(
    ActorId Supporter,
    ActorId Recipient,
    SupportKind Kind,
    int EvidenceCount,
    PartialDate First,
    PartialDate Last,
    SupportEvidence Strongest,
    double StrongestScore);
