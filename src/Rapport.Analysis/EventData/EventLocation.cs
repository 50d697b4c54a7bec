namespace Rapport.Analysis.EventData;

/// <summary>Where an event took place, as the dataset gives it (GDELT's ActionGeo fields; ICEWS's place columns).</summary>
/// <param name="Name">The place's full name; null when empty.</param>
/// <param name="Country">The country as the dataset gives it (a code in GDELT, a name in ICEWS); null when empty.</param>
/// <param name="Latitude">Latitude in degrees, or null.</param>
/// <param name="Longitude">Longitude in degrees, or null.</param>
public sealed record EventLocation(string? Name, string? Country, double? Latitude, double? Longitude);
