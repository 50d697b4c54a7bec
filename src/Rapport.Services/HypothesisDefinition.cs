namespace Rapport.Services;

/// <summary>One hypothesis as an analyst writes it in a hypotheses file.</summary>
/// <param name="Id">A short id, unique in the file (<c>H1</c>).</param>
/// <param name="Title">The hypothesis in a sentence.</param>
/// <param name="Tags">The analyst's explicit ratings; they win over suggestions.</param>
/// <param name="ConsistentWith">Which untagged evidence to suggest as consistent.</param>
/// <param name="InconsistentWith">Which untagged evidence to suggest as inconsistent.</param>
/// <param name="Line">The line the hypothesis starts on.</param>
public sealed record HypothesisDefinition(
    string Id,
    string Title,
    IReadOnlyList<EvidenceTag> Tags,
    SuggestionRule ConsistentWith,
    SuggestionRule InconsistentWith,
    int Line);
