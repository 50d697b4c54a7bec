using System.Net.Http.Headers;
using System.Text;
using Rapport.Testing;

namespace Rapport.Web.Tests.Api;

/// <summary>
/// Every <c>/api/v1</c> endpoint with a request that exercises it and the least role allowed to call it: the table the
/// authorization matrix tests run and <c>docs/api.md</c> documents.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>The roles in increasing order of rights; <c>null</c> is an anonymous caller.</summary>
    public static IReadOnlyList<string?> Callers { get; } = [null, "viewer", "analyst", "admin"];

    /// <summary>A row of the table.</summary>
    /// <param name="Method">The HTTP method.</param>
    /// <param name="Path">The path as documented.</param>
    /// <param name="Request">The path and query actually called.</param>
    /// <param name="MinRole">The least role allowed.</param>
    /// <param name="Body">Makes the request body, if any.</param>
    public sealed record Endpoint(string Method, string Path, string Request, string MinRole, Func<HttpContent>? Body = null)
    {
        /// <summary>The status class expected for <paramref name="caller"/>: 401, 403, or "allowed".</summary>
        public int? Expected(string? caller) =>
            caller is null ? 401
            : Rank(caller) < Rank(MinRole) ? 403
            : null;

        /// <inheritdoc />
        public override string ToString() => $"{Method} {Request}";
    }

    /// <summary>The table.</summary>
    public static IReadOnlyList<Endpoint> All { get; } =
    [
        new("GET", "/api/v1/documents", "api/v1/documents?limit=5", "viewer"),
        new("GET", "/api/v1/documents/{id}", "api/v1/documents/ffffffffffff", "viewer"),
        new("GET", "/api/v1/documents/{id}/facts", "api/v1/documents/ffffffffffff/facts", "viewer"),
        new("POST", "/api/v1/documents", "api/v1/documents", "analyst", () => Upload("matrix.txt", "Matrix test. Ismail Haniyeh met Ali Khamenei in Tehran on 2 May 2018.")),
        new("GET", "/api/v1/dyad", "api/v1/dyad?a=Iran&b=Hamas&from=2017-01&to=2018-12", "viewer"),
        new("GET", "/api/v1/statements", "api/v1/statements?limit=5", "viewer"),
        new("GET", "/api/v1/meetings", "api/v1/meetings?limit=5", "viewer"),
        new("GET", "/api/v1/support", "api/v1/support?limit=5", "viewer"),
        new("GET", "/api/v1/assessments", "api/v1/assessments?limit=5", "viewer"),
        new("GET", "/api/v1/actors", "api/v1/actors?limit=5", "viewer"),
        new("GET", "/api/v1/actors/{key}", "api/v1/actors/no-such-actor", "viewer"),
        new("GET", "/api/v1/actors/candidates", "api/v1/actors/candidates?limit=5", "viewer"),
        new("POST", "/api/v1/actors/decisions", "api/v1/actors/decisions", "analyst", () => Json("""{"kind":"distinct","a":"no-such-actor-a","b":"no-such-actor-b","why":"matrix"}""")),
        new("GET", "/api/v1/sources", "api/v1/sources?limit=5", "viewer"),
        new("PUT", "/api/v1/sources/{outlet}/grade", "api/v1/sources/Matrix%20Outlet/grade", "analyst", () => Json("""{"grade":"C"}""")),
        new("GET", "/api/v1/network", "api/v1/network?format=json", "viewer"),
        new("POST", "/api/v1/hypotheses", "api/v1/hypotheses", "viewer", Hypotheses),
        new("POST", "/api/v1/briefs", "api/v1/briefs", "analyst", () => Json("""{"a":"Iran","b":"Hamas","format":"md"}""")),
        new("GET", "/api/v1/users", "api/v1/users", "admin"),
        new("POST", "/api/v1/users", "api/v1/users", "admin", () => Json("""{"name":"matrix-user","role":"viewer","password":"correct horse battery staple"}""")),
        new("GET", "/api/v1/users/{name}/tokens", "api/v1/users/viewer/tokens", "admin"),
        new("POST", "/api/v1/users/{name}/tokens", "api/v1/users/viewer/tokens", "admin", () => Json("""{"label":"matrix"}""")),
        new("DELETE", "/api/v1/tokens/{id}", "api/v1/tokens/aaaaaaaaaaaa", "admin"),
    ];

    /// <summary>A JSON body.</summary>
    public static HttpContent Json(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    /// <summary>A multipart upload of one text file.</summary>
    public static MultipartFormDataContent Upload(string name, string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, "files", name } };
    }

    /// <summary>The sample hypotheses file as a YAML body.</summary>
    public static HttpContent Hypotheses() =>
        new StringContent(File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "samples", "hypotheses", "iran-hamas.yaml")), Encoding.UTF8, "application/yaml");

    /// <summary>Sends the row's request as <paramref name="caller"/>.</summary>
    public static async Task<HttpResponseMessage> SendAsync(WebServer server, Endpoint endpoint, string? caller)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(endpoint);
        using var client = server.Client(caller);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Request) { Content = endpoint.Body?.Invoke() };
        return await client.SendAsync(request);
    }

    private static int Rank(string role) => role switch
    {
        "viewer" => 1,
        "analyst" => 2,
        "admin" => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
