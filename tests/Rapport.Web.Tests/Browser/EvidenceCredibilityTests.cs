using System.Globalization;
using Microsoft.Playwright;

namespace Rapport.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class EvidenceCredibilityTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task The_credibility_filter_keeps_facts_rated_at_most_the_chosen_grade_and_rows_show_it()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("viewer");
        await page.GotoAsync("/evidence?kind=statement");
        var ratings = await page.Locator("#evidence tr.evidence-row td.credibility").EvaluateAllAsync<string[]>("cells => cells.map(c => c.getAttribute('data-credibility') || '')");
        Assert.NotEmpty(ratings);
        Assert.All(ratings, r => Assert.InRange(int.Parse(r, CultureInfo.InvariantCulture), 1, 6));
        var total = await page.Locator("#evidence-count").InnerTextAsync();

        await page.SelectOptionAsync("select[name=credibility]", "3");
        await page.ClickAsync("#filter");
        await page.WaitForURLAsync(url => url.Contains("credibility=3", StringComparison.Ordinal));
        var kept = await page.Locator("#evidence tr.evidence-row td.credibility").EvaluateAllAsync<string[]>("cells => cells.map(c => c.getAttribute('data-credibility') || '')");
        Assert.All(kept, r => Assert.InRange(int.Parse(r, CultureInfo.InvariantCulture), 1, 3));
        Assert.Equal("3", await page.Locator("select[name=credibility]").InputValueAsync());
        await BrowserFixture.ScreenshotAsync(page, "06-evidence-credibility");

        // The filter narrows (or at least never widens) the list, and paging keeps it.
        var narrowed = await page.Locator("#evidence-count").InnerTextAsync();
        Assert.True(Count(narrowed) <= Count(total));
        if (await page.Locator("#next-page").CountAsync() > 0)
        {
            Assert.Contains("credibility=3", await page.Locator("#next-page").GetAttributeAsync("href") ?? string.Empty, StringComparison.Ordinal);
        }

        // "At most 1" (confirmed) keeps only rows rated 1.
        await page.GotoAsync("/evidence?credibility=1");
        var confirmed = await page.Locator("#evidence tr.evidence-row td.credibility").EvaluateAllAsync<string[]>("cells => cells.map(c => c.getAttribute('data-credibility') || '')");
        Assert.All(confirmed, r => Assert.Equal("1", r));

        // A grade off the scale is refused, not silently applied.
        await page.GotoAsync("/evidence?credibility=9");
        await Assertions.Expect(page.Locator("p.error")).ToContainTextAsync("Credibility");
        await page.Context.CloseAsync();
    }

    private static int Count(string text) => int.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
}
