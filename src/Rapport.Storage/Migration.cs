namespace Rapport.Storage;

/// <summary>One step of a backend's schema history. Versions start at 1 and grow by one; a step is never edited once released.</summary>
/// <param name="Version">The schema version this step produces.</param>
/// <param name="Description">What the step adds, for the schema table and for people.</param>
/// <param name="Sql">The statements that perform it.</param>
public sealed record Migration(int Version, string Description, string Sql);
