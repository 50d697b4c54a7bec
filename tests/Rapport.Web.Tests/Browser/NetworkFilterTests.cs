using System.Globalization;
using Microsoft.Playwright;

namespace Rapport.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class NetworkFilterTests(BrowserFixture fixture)
{
    private static async Task<int> EdgesAsync(ILocator box) =>
        int.Parse(await box.GetAttributeAsync("data-edges") ?? "-1", CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task The_kind_filter_changes_the_links_drawn_and_brokers_are_listed_and_outlined()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("viewer");
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("favicon", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(message.Text);
            }
        };

        await page.GotoAsync("/network");
        var box = page.Locator("#network[data-ready=true]");
        await Assertions.Expect(box).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var all = await EdgesAsync(box);
        Assert.True(all > 0);

        // Live, in the browser: dropping meetings removes links, keeping only them leaves fewer than all too.
        await page.UncheckAsync("#edge-kinds input[value=meeting]");
        var withoutMeetings = await EdgesAsync(box);
        Assert.True(withoutMeetings < all, $"{withoutMeetings} links without meetings, {all} with");
        await page.CheckAsync("#edge-kinds input[value=meeting]");
        Assert.Equal(all, await EdgesAsync(box));

        // Through the form: the server ticks the boxes it was sent and the script draws only those links.
        await page.GotoAsync("/network?kind=support");
        await Assertions.Expect(page.Locator("#network[data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.True(await page.IsCheckedAsync("#edge-kinds input[value=support]"));
        Assert.False(await page.IsCheckedAsync("#edge-kinds input[value=meeting]"));
        var supportOnly = await EdgesAsync(page.Locator("#network"));
        Assert.True(supportOnly < all && supportOnly > 0, $"{supportOnly} support links of {all}");

        // Brokers: listed under the graph, and the same nodes carry the broker mark in cytoscape.
        await page.GotoAsync("/network");
        await Assertions.Expect(page.Locator("#network[data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var brokers = page.Locator("#brokers li.broker");
        var listed = await brokers.CountAsync();
        Assert.InRange(listed, 1, 5);
        Assert.Equal(listed.ToString(CultureInfo.InvariantCulture), await page.Locator("#network").GetAttributeAsync("data-brokers"));
        Assert.False(string.IsNullOrWhiteSpace(await brokers.First.Locator("a").InnerTextAsync()));
        await BrowserFixture.ScreenshotAsync(page, "07-network-brokers");

        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
