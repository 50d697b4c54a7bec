using System.Net;
using System.Text;

namespace Rapport.Web.Tests.Api;

/// <summary>Malformed requests get problem details with a short detail and nothing internal.</summary>
public sealed class ProblemDetailsTests : IAsyncLifetime
{
    private WebServer _server = null!;

    public async Task InitializeAsync() => _server = await WebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("POST", "api/v1/actors/decisions", "{not json", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("POST", "api/v1/actors/decisions", """{"kind":"fuse","a":"x","b":"y"}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("POST", "api/v1/briefs", """{"a":"Iran","b":"Nowhere-land","format":"md"}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("POST", "api/v1/briefs", """{"a":"Iran","b":"Hamas"}""", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("PUT", "api/v1/sources/X/grade", "{}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("POST", "api/v1/hypotheses", "", "application/yaml", HttpStatusCode.BadRequest)]
    [InlineData("GET", "api/v1/support?from=2018-13", null, null, HttpStatusCode.BadRequest)]
    [InlineData("GET", "api/v1/actors?limit=abc", null, null, HttpStatusCode.BadRequest)]
    public async Task A_bad_request_is_a_problem_without_a_stack_trace(string method, string path, string? body, string? contentType, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, contentType!);
        }

        var response = await _server.Client("admin").SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }
}
