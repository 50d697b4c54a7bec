namespace Rapport.Services;

/// <summary>A knowledge base on a PostgreSQL server.</summary>
/// <param name="ConnectionString">An Npgsql connection string; it may hold a password, so it is never printed.</param>
public sealed record PostgresStoreLocation(string ConnectionString) : StoreLocation
{
    /// <inheritdoc />
    public override string ToString() => "PostgreSQL";
}
