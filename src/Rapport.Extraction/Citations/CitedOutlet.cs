using Rapport.Model;

namespace Rapport.Extraction.Citations;

/// <summary>One outlet of a parenthetical citation with the date given for it.</summary>
/// <param name="Outlet">The outlet as written.</param>
/// <param name="Date">Its date.</param>
internal sealed record CitedOutlet(string Outlet, PartialDate Date);
