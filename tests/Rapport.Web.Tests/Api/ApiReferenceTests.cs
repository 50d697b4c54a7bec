using System.Net;
using System.Text.RegularExpressions;

namespace Rapport.Web.Tests.Api;

public sealed partial class ApiReferenceTests : IAsyncLifetime
{
    private WebServer _server = null!;

    public async Task InitializeAsync() => _server = await WebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_reference_page_loads_its_own_script_and_style_and_nothing_from_elsewhere()
    {
        var client = _server.Client();
        var page = await client.GetAsync("api/reference");
        var html = await page.Content.ReadAsStringAsync();
        var script = await client.GetAsync("api/reference/reference.js");
        var js = await script.Content.ReadAsStringAsync();
        var css = await client.GetAsync("api/reference/reference.css");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("application/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/openapi/v1.json", js, StringComparison.Ordinal);

        // Every script has a src (no inline script), no element carries a style attribute or an event handler,
        // and no URL anywhere names another origin.
        Assert.All(ScriptTags().Matches(html), m => Assert.Contains("src=\"/", m.Value, StringComparison.Ordinal));
        Assert.DoesNotMatch(InlineAttributes(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalUrl(), html);
        Assert.DoesNotMatch(ExternalUrl(), js);
        Assert.DoesNotMatch(ExternalUrl(), await css.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_names_and_describes_every_endpoint()
    {
        var json = System.Text.Json.JsonDocument.Parse(await _server.Client().GetStringAsync("openapi/v1.json")).RootElement;
        var paths = json.GetProperty("paths");

        foreach (var e in ApiEndpoints.All)
        {
            Assert.True(paths.TryGetProperty(e.Path, out var item), $"{e.Path} is not documented");
            var operation = item.GetProperty(e.Method.ToLowerInvariant());
            Assert.False(string.IsNullOrEmpty(operation.GetProperty("operationId").GetString()));
            Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()));
            Assert.NotEmpty(operation.GetProperty("tags").EnumerateArray());
        }
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTags();

    [GeneratedRegex(@"\s(style|on[a-z]+)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineAttributes();

    [GeneratedRegex(@"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
