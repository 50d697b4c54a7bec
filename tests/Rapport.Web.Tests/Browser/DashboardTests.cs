using Microsoft.Playwright;

namespace Rapport.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task The_dashboard_counts_events_by_kind_and_shows_the_support_between_the_sides()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("viewer");
        await page.GotoAsync("/?a=Iran&b=Hamas&from=2017-01&to=2018-12");

        // Every kind has its line, and the report's meetings and statements between the sides are counted.
        var kinds = page.Locator("#event-kinds tr.event-kind");
        await Assertions.Expect(kinds).ToHaveCountAsync(7);
        foreach (var kind in new[] { "visit", "meeting", "phone call", "ceremony", "statement", "support" })
        {
            await Assertions.Expect(page.Locator($"#event-kinds tr.event-kind[data-kind=\"{kind}\"]")).ToBeVisibleAsync();
        }

        var counted = 0;
        foreach (var cell in await page.Locator("#event-kinds td.facts").AllTextContentsAsync())
        {
            counted += int.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.True(counted > 0, "no fact counted by kind for Iran and Hamas");

        // The support matrix between the sides: Iran's support for Hamas is in the report, with a link to its claim.
        var rows = page.Locator("#support-matrix tr.support-row");
        Assert.True(await rows.CountAsync() > 0, "no support between Iran and Hamas");
        await Assertions.Expect(page.Locator("#support-matrix")).ToContainTextAsync("Hamas");
        var claims = int.Parse(await page.Locator("#event-kinds tr.event-kind[data-kind=support] td.facts").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(claims >= await rows.CountAsync(), "the support count is less than the matrix's cells");
        var link = rows.First.Locator("a.strongest");
        var href = await link.GetAttributeAsync("href");
        Assert.Matches("^/documents/[0-9a-f]+#f[0-9]+$", href ?? string.Empty);
        await BrowserFixture.ScreenshotAsync(page, "02-dashboard-kinds-support");

        await link.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/documents/", StringComparison.Ordinal));
        var anchor = href![(href!.IndexOf('#', StringComparison.Ordinal) + 1)..];
        await Assertions.Expect(page.Locator($"mark.fact#{anchor}")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
