using Rapport.Analysis.Credibility;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>One row of a competing-hypotheses matrix: a corroborated statement or meeting, or a support claim.</summary>
/// <param name="Id">The row's id in this matrix (<c>E1</c>, …), in date order.</param>
/// <param name="Reference">The stable reference a hypotheses file tags it by.</param>
/// <param name="Kind">Statement, meeting or support.</param>
/// <param name="Date">When, as precise as known.</param>
/// <param name="Text">A short description: the statement's words, a meeting's parties, a claim's giver and receiver.</param>
/// <param name="Credibility">The Admiralty information-credibility rating of the fact.</param>
/// <param name="Weight">The credibility as a 0–1 weight (<see cref="CredibilityWeight"/>).</param>
/// <param name="Topics">A statement's topics; empty otherwise.</param>
/// <param name="SupportKind">A support claim's kind; null otherwise.</param>
/// <param name="MeetingKind">A meeting's kind; null otherwise.</param>
/// <param name="Reports">The stored facts it stands for (any of them may be tagged).</param>
/// <param name="ActorKeys">The merged keys of the actors it names, for the file's actor scope.</param>
public sealed record HypothesisEvidence(
    string Id,
    FactReference Reference,
    FactKind Kind,
    PartialDate Date,
    string Text,
    InformationCredibility Credibility,
    double Weight,
    IReadOnlyList<string> Topics,
    string? SupportKind,
    string? MeetingKind,
    IReadOnlyList<FactRecord> Reports,
    IReadOnlyCollection<string> ActorKeys);
