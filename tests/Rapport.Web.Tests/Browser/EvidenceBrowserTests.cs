using Microsoft.Playwright;

namespace Rapport.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class EvidenceBrowserTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Filtered_statements_link_to_their_facts_in_the_document_view()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("viewer");
        await page.GotoAsync("/evidence");
        var all = await page.Locator("#evidence tr.evidence-row").CountAsync();
        Assert.True(all > 0);

        await page.FillAsync("input[name=actor]", "Arouri");
        await page.SelectOptionAsync("select[name=kind]", "statement");
        await page.ClickAsync("#filter");
        await page.WaitForURLAsync(url => url.Contains("actor=Arouri", StringComparison.Ordinal));

        var rows = page.Locator("#evidence tr.evidence-row");
        var count = await rows.CountAsync();
        Assert.True(count > 0, "no statement by al-Arouri");
        Assert.Equal(count, await page.Locator("#evidence tr.evidence-row.statement").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "06-evidence-filtered");

        var link = rows.First.Locator("a.fact-link");
        var href = await link.GetAttributeAsync("href");
        Assert.NotNull(href);
        await link.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/documents/", StringComparison.Ordinal));
        var anchor = href![(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
        await Assertions.Expect(page.Locator($"mark.fact#{anchor}")).ToBeVisibleAsync();
        Assert.Equal(anchor, await page.EvaluateAsync<string?>("() => document.querySelector(':target')?.id"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Evidence_pages_and_sorts()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("viewer");
        await page.GotoAsync("/evidence?sort=date");
        Assert.Equal(25, await page.Locator("#evidence tr.evidence-row").CountAsync());
        var firstOfPageOne = await page.Locator("#evidence tr.evidence-row").First.InnerTextAsync();
        await page.ClickAsync("#next-page");
        await Assertions.Expect(page.Locator("#evidence-count")).ToContainTextAsync("page 2 of");
        Assert.NotEqual(firstOfPageOne, await page.Locator("#evidence tr.evidence-row").First.InnerTextAsync());

        await page.GotoAsync("/evidence?kind=statement&sort=date&desc=true");
        var dates = await page.Locator("#evidence tr.evidence-row td:nth-child(2)").AllInnerTextsAsync();
        var known = dates.Where(d => d != "—").ToList();
        Assert.Equal(known.OrderByDescending(d => d, StringComparer.Ordinal).ToList(), known);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_actor_page_shows_names_affiliations_and_statements()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("viewer");
        await page.GotoAsync("/actors/" + Uri.EscapeDataString("Saleh al-Arouri"));

        await Assertions.Expect(page.Locator("#actor-name")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#actor-aliases")).ToContainTextAsync("Arouri");
        Assert.True(await page.Locator("#statements-by tbody tr").CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(page, "06-actor");
        await page.Context.CloseAsync();
    }
}
