namespace Rapport.Services;

/// <summary>Progress of an ingest run, reported after each input.</summary>
/// <param name="Done">Inputs finished so far.</param>
/// <param name="Total">Inputs found.</param>
/// <param name="Last">The input just finished.</param>
public sealed record IngestProgress(int Done, int Total, IngestItem Last);
