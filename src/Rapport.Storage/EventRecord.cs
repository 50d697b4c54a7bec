using Rapport.Model;

namespace Rapport.Storage;

/// <summary>
/// A coded event as the store keeps it: Rapport's own facts and imported event data (GDELT, ICEWS) on one CAMEO
/// scale, each with its provenance, so that a dyad's series counts both the same way.
/// </summary>
/// <param name="Origin">Where it comes from: <c>rapport</c>, <c>gdelt1</c>, <c>gdelt2</c>, <c>icews</c>.</param>
/// <param name="RecordId">Unique within its origin: the dataset's event id, or the fact's document, span and rule.</param>
/// <param name="Date">When it happened.</param>
/// <param name="SourceActor">The initiator's actor key (a Rapport actor id or a CAMEO actor code).</param>
/// <param name="SourceName">The initiator's name as the origin gives it.</param>
/// <param name="TargetActor">The target's actor key.</param>
/// <param name="TargetName">The target's name as the origin gives it.</param>
/// <param name="CameoCode">The CAMEO event code, e.g. <c>042</c>.</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Goldstein">The Goldstein weight, −10 to +10.</param>
/// <param name="Reference">A source URL, story id or document id.</param>
/// <param name="Document">For Rapport's own facts, the document they were read from.</param>
public sealed record EventRecord(
    string Origin,
    string RecordId,
    PartialDate Date,
    string? SourceActor,
    string? SourceName,
    string? TargetActor,
    string? TargetName,
    string CameoCode,
    int QuadClass,
    double Goldstein,
    string? Reference,
    DocumentId? Document = null);
