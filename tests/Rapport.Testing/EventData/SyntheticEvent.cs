namespace Rapport.Testing.EventData;

/// <summary>One event to be written in a GDELT or ICEWS layout by <see cref="EventFileWriter"/>.</summary>
public sealed record SyntheticEvent(
    long Id,
    DateOnly Date,
    string SourceCode,
    string SourceName,
    string SourceCountry,
    string TargetCode,
    string TargetName,
    string TargetCountry,
    string CameoCode,
    int QuadClass,
    double Goldstein,
    string Url,
    string Place,
    string PlaceCountry,
    double Latitude,
    double Longitude);
