using Rapport.Testing;

namespace Rapport.Storage.Tests;

/// <summary>All PostgreSQL tests share one throwaway server, started once for the test run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL server";
}
