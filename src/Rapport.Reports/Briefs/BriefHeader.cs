using Rapport.Model;

namespace Rapport.Reports.Briefs;

/// <summary>What a brief is about and what it rests on.</summary>
/// <param name="Title">The brief's title.</param>
/// <param name="SideA">The first side of the dyad, as the analyst named it.</param>
/// <param name="SideB">The second side of the dyad, as the analyst named it.</param>
/// <param name="From">The first month of the period.</param>
/// <param name="To">The last month of the period.</param>
/// <param name="Issued">The day the brief was generated.</param>
/// <param name="Corpus">The documents the brief rests on.</param>
public sealed record BriefHeader(string Title, string SideA, string SideB, YearMonth From, YearMonth To, DateOnly Issued, BriefCorpus Corpus);
