namespace Rapport.Services;

/// <summary>An analyst's set of competing hypotheses, read by <see cref="HypothesesFileLoader"/>.</summary>
/// <param name="Name">The file's name, for messages.</param>
/// <param name="Actors">
/// When not empty, the matrix holds only evidence naming at least one of these actors (as <c>rapport actors</c> names
/// them), plus any evidence tagged explicitly; when empty, every stored statement, meeting and support claim.
/// </param>
/// <param name="Hypotheses">The hypotheses, in the file's order.</param>
public sealed record HypothesesFile(string Name, IReadOnlyList<string> Actors, IReadOnlyList<HypothesisDefinition> Hypotheses);
