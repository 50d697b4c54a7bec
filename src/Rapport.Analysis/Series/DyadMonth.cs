using Rapport.Model;

namespace Rapport.Analysis.Series;

/// <summary>One month of a dyad series.</summary>
/// <param name="Month">The month.</param>
/// <param name="Combined">Both directions together.</param>
/// <param name="AToB">Events from side A to side B.</param>
/// <param name="BToA">Events from side B to side A.</param>
public sealed record DyadMonth(YearMonth Month, DyadCell Combined, DyadCell AToB, DyadCell BToA);
