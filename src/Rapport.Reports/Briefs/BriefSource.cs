namespace Rapport.Reports.Briefs;

/// <summary>One outlet the brief cites.</summary>
/// <param name="Outlet">Its name as most often written.</param>
/// <param name="Grade">Its Admiralty reliability grade in words, e.g. "B — usually reliable", noting when nobody graded it.</param>
/// <param name="Documents">The titles of the documents that cite it.</param>
public sealed record BriefSource(string Outlet, string Grade, IReadOnlyList<string> Documents);
