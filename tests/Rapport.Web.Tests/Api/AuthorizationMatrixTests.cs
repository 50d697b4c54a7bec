using System.Net;
using Rapport.Testing;
using Xunit.Abstractions;

namespace Rapport.Web.Tests.Api;

/// <summary>
/// Every endpoint × {anonymous, viewer, analyst, admin}: 401 for anonymous callers, 403 below the endpoint's role,
/// and otherwise neither (nor a 5xx). Run over SQLite and PostgreSQL; the table is <see cref="ApiEndpoints.All"/>.
/// </summary>
public abstract class AuthorizationMatrixTests(IBackend backend, ITestOutputHelper output) : IAsyncLifetime
{
    private WebServer? _server;

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Every_endpoint_answers_each_role_as_the_matrix_says()
    {
        _server = await backend.StartAsync();
        var failures = new List<string>();
        foreach (var endpoint in ApiEndpoints.All)
        {
            var row = new List<int>();
            foreach (var caller in ApiEndpoints.Callers)
            {
                using var response = await ApiEndpoints.SendAsync(_server, endpoint, caller);
                var status = (int)response.StatusCode;
                row.Add(status);
                var ok = endpoint.Expected(caller) is { } expected
                    ? status == expected
                    : status is not (401 or 403) and < 500;
                if (!ok)
                {
                    failures.Add($"{endpoint} as {caller ?? "anonymous"}: {status} {await response.Content.ReadAsStringAsync()}");
                }
            }

            // The statuses actually seen, anonymous to admin, for the record in docs/api.md.
            output.WriteLine($"| {endpoint.Method} | `{endpoint.Path}` | {string.Join(" | ", row)} |");
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [SkippableFact]
    public async Task Refusals_are_problem_details_without_internals()
    {
        _server = await backend.StartAsync();
        using var anonymous = await ApiEndpoints.SendAsync(_server, ApiEndpoints.All.Single(e => e.Path == "/api/v1/users" && e.Method == "GET"), null);
        using var viewer = await ApiEndpoints.SendAsync(_server, ApiEndpoints.All.Single(e => e.Path == "/api/v1/users" && e.Method == "GET"), "viewer");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal("application/problem+json", viewer.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>The matrix over SQLite.</summary>
public sealed class SqliteAuthorizationMatrixTests(ITestOutputHelper output) : AuthorizationMatrixTests(new SqliteBackend(), output)
{
    [Fact]
    public void The_documented_matrix_lists_every_endpoint()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "api.md"));
        foreach (var e in ApiEndpoints.All)
        {
            var cells = string.Join(" | ", ApiEndpoints.Callers.Select(c => e.Expected(c) is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "allowed"));
            Assert.Contains($"| {e.Method} | `{e.Path}` | {e.MinRole} | {cells} |", doc, StringComparison.Ordinal);
        }
    }
}

/// <summary>The matrix over PostgreSQL.</summary>
[Collection(WebPostgresCollection.Name)]
public sealed class PostgresAuthorizationMatrixTests(PostgresServerFixture fixture, ITestOutputHelper output) : AuthorizationMatrixTests(new PostgresBackend(fixture), output);
