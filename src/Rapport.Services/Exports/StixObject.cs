using System.Text.Json;

namespace Rapport.Services.Exports;

/// <summary>
/// One object of a STIX bundle, held until the whole bundle is known: reports list what was extracted from them and
/// the bundle's own id depends on every object's, so objects are collected first and written in one pass after.
/// </summary>
/// <param name="Rank">Where its type goes in the bundle: actors, then reports, relationships, notes.</param>
/// <param name="Id">Its STIX identifier.</param>
/// <param name="Write">Writes the object.</param>
public sealed record StixObject(int Rank, string Id, Action<Utf8JsonWriter> Write);
