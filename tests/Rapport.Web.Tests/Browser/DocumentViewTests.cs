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
    public async Task Script_in_a_document_uploaded_through_the_form_never_runs_in_the_document_view()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("analyst");
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add($"{page.Url}: {dialog.Message}");
            }

            await dialog.DismissAsync();
        };

        // Uploaded the way an analyst would, through /briefs, under a hostile file name too.
        await page.GotoAsync("/briefs");
        var text = "Hostile note\n\nTehran, 3 March 2018. <script>alert(1)</script> Ismail Haniyeh said that Iran supports Hamas. " +
                   "<img src=x onerror=alert(2)> See javascript:alert(3) and <a href=\"javascript:alert(4)\">this link</a>.\n";
        await page.SetInputFilesAsync("#upload-files", new FilePayload
        {
            Name = "hostile-<img src=x onerror=alert(5)>.txt",
            MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes(text),
        });
        await page.ClickAsync("#upload");
        await Assertions.Expect(page.Locator("#ingest-status[data-state=done]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#ingest-items li")).ToContainTextAsync("Added");
        Assert.Equal(0, await page.Locator("#ingest-items img, #ingest-items script").CountAsync());

        // The job's result links to the new document; that link is how the analyst opens it.
        var href = await page.Locator("#ingest-items li a").First.GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.StartsWith("/documents/", href, StringComparison.Ordinal);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.Locator("#ingest-items li a").First.ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Url.EndsWith(href!, StringComparison.Ordinal));
        await page.WaitForURLAsync(url => url.EndsWith(href!, StringComparison.Ordinal));

        Assert.True(response.Ok, $"{href} answered {response.Status}");
        var csp = await response.HeaderValueAsync("content-security-policy") ?? string.Empty;
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#document-text")).ToContainTextAsync("<script>alert(1)</script>");
        await Assertions.Expect(page.Locator("#document-text")).ToContainTextAsync("<img src=x onerror=alert(2)>");
        Assert.Equal(0, await page.Locator("#document-text script, #document-text img, #document-text a, #document-text svg").CountAsync());
        Assert.Equal(0, await page.Locator("main script, main img").CountAsync());
        await page.WaitForTimeoutAsync(500);
        Assert.Empty(dialogs);
        await BrowserFixture.ScreenshotAsync(page, "03-xss-inert");
        await page.Context.CloseAsync();
    }
}
