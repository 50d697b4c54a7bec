namespace Rapport.Model;

/// <summary>An inline reference to an outlet, such as "(Fars, December 25, 2017)".</summary>
/// <param name="Source">The cited outlet, named as written.</param>
/// <param name="Date">The date given with it.</param>
/// <param name="Provenance">Where the citation stands and which rule read it.</param>
public sealed record Citation(string Source, PartialDate Date, Provenance Provenance);
