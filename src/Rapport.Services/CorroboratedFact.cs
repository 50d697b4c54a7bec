using Rapport.Analysis.Credibility;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>One meeting or statement as several documents report it: one fact, several pieces of evidence.</summary>
/// <param name="Kind">Meeting or statement.</param>
/// <param name="Date">The most precise date its reports give.</param>
/// <param name="MeetingKind">visit, meeting, phone call or ceremony; null for a statement.</param>
/// <param name="SideA">Side A's actors (the speaker of a statement), by their merged identity.</param>
/// <param name="SideB">Side B's actors; empty for a statement.</param>
/// <param name="Reports">The stored facts that report it.</param>
/// <param name="Documents">The documents that report it.</param>
/// <param name="Outlets">The outlets cited for it, one per outlet (by name, ignoring case), with their grades.</param>
/// <param name="Credibility">The Admiralty information-credibility rating from the independent outlets.</param>
public sealed record CorroboratedFact(
    FactKind Kind,
    PartialDate Date,
    string? MeetingKind,
    IReadOnlyList<RegistryActor> SideA,
    IReadOnlyList<RegistryActor> SideB,
    IReadOnlyList<FactRecord> Reports,
    IReadOnlyList<DocumentId> Documents,
    IReadOnlyList<(string Outlet, ReliabilityGrade Grade)> Outlets,
    InformationCredibility Credibility);
