namespace Rapport.Services;

/// <summary>A proposed merge of two actors, for an analyst to accept (<c>rapport actors merge</c>) or refuse.</summary>
/// <param name="A">One actor.</param>
/// <param name="B">The other.</param>
/// <param name="NameA">The name of A that matched.</param>
/// <param name="NameB">The name of B that matched.</param>
/// <param name="Reason">Why they may be one actor, for people.</param>
/// <param name="Score">How likely, 0–1: a full-name transliteration scores higher than a short form.</param>
public sealed record MergeCandidate(RegistryActor A, RegistryActor B, string NameA, string NameB, string Reason, double Score);
