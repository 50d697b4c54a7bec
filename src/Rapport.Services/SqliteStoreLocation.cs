namespace Rapport.Services;

/// <summary>A knowledge base in one SQLite file.</summary>
/// <param name="Path">The database file.</param>
public sealed record SqliteStoreLocation(string Path) : StoreLocation
{
    /// <inheritdoc />
    public override string ToString() => Path;
}
