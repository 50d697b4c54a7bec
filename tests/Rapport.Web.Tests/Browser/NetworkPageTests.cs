using Microsoft.Playwright;

namespace Rapport.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class NetworkPageTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task The_network_draws_with_cytoscape_and_exports_png_graphml_and_gexf()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("viewer");
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync("/network");
        var box = page.Locator("#network[data-ready=true]");
        await Assertions.Expect(box).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.True(int.Parse(await box.GetAttributeAsync("data-nodes") ?? "0", System.Globalization.CultureInfo.InvariantCulture) > 5);
        Assert.Equal(1, await page.Locator("#network canvas").First.CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "06-network");

        var png = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-png"));
        var bytes = await File.ReadAllBytesAsync(await png.PathAsync());
        Assert.Equal("network.png", png.SuggestedFilename);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);

        var graphml = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-graphml"));
        Assert.Contains("<graphml", await File.ReadAllTextAsync(await graphml.PathAsync()), StringComparison.Ordinal);
        var gexf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-gexf"));
        Assert.Contains("<gexf", await File.ReadAllTextAsync(await gexf.PathAsync()), StringComparison.Ordinal);

        // No script error and no CSP violation (a favicon 404 is not the page's concern).
        Assert.DoesNotContain(errors, e => !e.Contains("favicon", StringComparison.OrdinalIgnoreCase));
        await page.Context.CloseAsync();
    }
}
