using Rapport.Testing;

namespace Rapport.Services.Tests;

/// <summary>The services' PostgreSQL tests share one throwaway server, started once for the test run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL server";
}
