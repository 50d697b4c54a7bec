using Microsoft.Playwright;

namespace Rapport.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DocumentCitationTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task A_cited_outlet_in_the_document_view_links_to_the_evidence_it_is_cited_for()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("viewer");

        // A statement that cites an outlet (the sixth column lists them) leads to a document that cites it.
        await page.GotoAsync("/evidence?kind=statement");
        var cited = page.Locator("#evidence tr.evidence-row").Filter(new() { Has = page.Locator("td:nth-child(6):not(:empty)") });
        Assert.True(await cited.CountAsync() > 0, "no statement on the first page cites an outlet");
        await cited.First.Locator("a.fact-link").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/documents/", StringComparison.Ordinal));

        var links = page.Locator("#citations a.outlet-link");
        Assert.True(await links.CountAsync() > 0);
        var outlet = await links.First.GetAttributeAsync("data-outlet");
        Assert.False(string.IsNullOrWhiteSpace(outlet));

        // The highlights of facts citing it name it on hover.
        var marks = page.Locator("mark.fact.cited");
        Assert.True(await marks.CountAsync() > 0);
        Assert.Contains("cites", await marks.First.GetAttributeAsync("title") ?? string.Empty, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(await marks.First.GetAttributeAsync("data-outlets")));
        Assert.Equal(0, await page.Locator("mark.fact:not(.cited)[data-outlets]").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "02-document-citations");

        await links.First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/evidence", StringComparison.Ordinal) && url.Contains("outlet=", StringComparison.Ordinal));
        Assert.Equal(outlet, await page.Locator("input[name=outlet]").InputValueAsync());
        var outlets = await page.Locator("#evidence tr.evidence-row td:nth-child(6)").AllInnerTextsAsync();
        Assert.NotEmpty(outlets);
        Assert.All(outlets, o => Assert.Contains(outlet!, o, StringComparison.OrdinalIgnoreCase));
        await page.Context.CloseAsync();
    }
}
