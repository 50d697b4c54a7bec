using Rapport.Analysis.Hypotheses;

namespace Rapport.Services;

/// <summary>What <see cref="HypothesisService"/> found: the matrix, the ranking and the evidence that tells nothing apart.</summary>
/// <param name="Hypotheses">The hypotheses, in the file's order.</param>
/// <param name="Rows">Every evidence row in scope, in date order.</param>
/// <param name="Ranking">The hypotheses, least weighted inconsistency first.</param>
/// <param name="NonDiagnostic">Scored evidence rated the same against every hypothesis: it cannot favour any.</param>
/// <param name="SuggestionsScored">True when suggested ratings count in the ranking; otherwise only explicit tags do.</param>
public sealed record HypothesisReport(
    IReadOnlyList<Hypothesis> Hypotheses,
    IReadOnlyList<HypothesisMatrixRow> Rows,
    IReadOnlyList<HypothesisScore> Ranking,
    IReadOnlyList<HypothesisEvidence> NonDiagnostic,
    bool SuggestionsScored);
