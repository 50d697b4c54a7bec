using System.Net;

namespace Rapport.Web.Tests;

public sealed class SmokeTests : IAsyncLifetime
{
    private WebServer _server = null!;

    public async Task InitializeAsync() => _server = await WebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_api_refuses_anonymous_callers_and_serves_a_viewer_token()
    {
        var anonymous = await _server.Client().GetAsync("api/v1/documents");
        var viewer = await _server.Client("viewer").GetAsync("api/v1/documents");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viewer.StatusCode);
        Assert.Contains("Iran-Hamas Rapprochement", await viewer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_a_strict_content_security_policy()
    {
        var page = await _server.Client().GetAsync("signin");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        var json = await _server.Client().GetStringAsync("openapi/v1.json");

        Assert.Contains("/api/v1/documents", json, StringComparison.Ordinal);
        Assert.Contains("/api/v1/dyad", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_document_is_a_problem_details_404()
    {
        var response = await _server.Client("viewer").GetAsync("api/v1/documents/ffffffffffff");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
