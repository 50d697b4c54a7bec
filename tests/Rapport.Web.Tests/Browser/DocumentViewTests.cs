using Microsoft.Playwright;
using Rapport.Documents;
using Rapport.Services;

namespace Rapport.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DocumentViewTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Evidence_link_of_a_turning_point_lands_on_the_highlighted_fact()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("analyst");

        await page.GotoAsync("/?a=Iran&b=Hamas&from=2017-01&to=2018-12");
        await BrowserFixture.ScreenshotAsync(page, "02-dashboard");
        var link = page.Locator("#turning-points a.evidence").First;
        if (await page.Locator("#turning-points a.evidence").CountAsync() == 0)
        {
            link = page.Locator("#months a.evidence").First;
        }

        var href = await link.GetAttributeAsync("href");
        Assert.NotNull(href);
        await link.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/documents/", StringComparison.Ordinal));

        var anchor = href![(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
        var mark = page.Locator($"mark.fact#{anchor}");
        await Assertions.Expect(mark).ToBeVisibleAsync();
        Assert.Equal(anchor, await page.EvaluateAsync<string?>("() => document.querySelector(':target')?.id"));
        Assert.True(await mark.EvaluateAsync<bool>("m => m.matches(':target') && getComputedStyle(m).outlineStyle !== 'none'"));
        Assert.False(string.IsNullOrWhiteSpace(await mark.GetAttributeAsync("title")));
        await BrowserFixture.ScreenshotAsync(page, "02-document-view-target");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Script_in_a_document_never_runs_in_the_document_view()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var folder = Directory.CreateTempSubdirectory("rapport-xss-").FullName;
        try
        {
            var file = Path.Combine(folder, "hostile-note.txt");
            await File.WriteAllTextAsync(file,
                "Hostile note\n\nTehran, 3 March 2018. <script>alert(1)</script> Ismail Haniyeh said that Iran supports Hamas. " +
                "<img src=x onerror=alert(2)> See javascript:alert(3) and <a href=\"javascript:alert(4)\">this link</a>.\n");
            var id = await BrowserFixture.IngestAsync(fixture.Server, file);

            var page = await fixture.SignedInPageAsync("analyst");
            var dialogs = 0;
            page.Dialog += async (_, dialog) =>
            {
                Interlocked.Increment(ref dialogs);
                await dialog.DismissAsync();
            };
            var response = await page.GotoAsync($"/documents/{id}");

            Assert.NotNull(response);
            Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy") ?? string.Empty, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("#document-text")).ToContainTextAsync("<script>alert(1)</script>");
            Assert.Equal(0, await page.Locator("#document-text script, #document-text img, #document-text a").CountAsync());
            await page.WaitForTimeoutAsync(500);
            Assert.Equal(0, dialogs);
            await BrowserFixture.ScreenshotAsync(page, "03-xss-inert");
            await page.Context.CloseAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
