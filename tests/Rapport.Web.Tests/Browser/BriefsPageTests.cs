using Microsoft.Playwright;
using Rapport.Testing;

namespace Rapport.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class BriefsPageTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Upload_is_ingested_in_the_background_and_an_html_brief_downloads()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("analyst");
        await page.GotoAsync("/briefs");

        await page.SetInputFilesAsync("#upload-files", Path.Combine(RepoPaths.SharedDir, "corpus", "itic-2018-iran-hamas-rapprochement.txt"));
        await page.ClickAsync("#upload");
        await Assertions.Expect(page.Locator("#ingest-status[data-state=done]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#ingest-state")).ToHaveTextAsync("done");
        await Assertions.Expect(page.Locator("#ingest-items li")).ToContainTextAsync("itic-2018-iran-hamas-rapprochement.txt");
        await BrowserFixture.ScreenshotAsync(page, "04-upload-done");

        await page.SelectOptionAsync("#brief-format", "html");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-brief"), new() { Timeout = 60_000 });
        var path = await download.PathAsync();
        var html = await File.ReadAllTextAsync(path);
        Assert.EndsWith(".html", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("Appendix A — Statements", html, StringComparison.Ordinal);

        // The brief itself, opened in the browser, for the screenshot.
        var copy = Path.Combine(BrowserFixture.ScreenshotDir, "04-brief.html");
        await download.SaveAsAsync(copy);
        var view = await page.Context.NewPageAsync();
        await view.GotoAsync(new Uri(copy).AbsoluteUri);
        await BrowserFixture.ScreenshotAsync(view, "04-brief");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task An_upload_of_another_file_type_is_refused_with_a_message()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("analyst");
        await page.GotoAsync("/briefs");

        await page.SetInputFilesAsync("#upload-files", new FilePayload { Name = "payload.exe", MimeType = "application/octet-stream", Buffer = [0x4d, 0x5a, 0x90] });
        await page.ClickAsync("#upload");

        await Assertions.Expect(page.Locator("p.error")).ToContainTextAsync("only .txt, .md, .html, .pdf files are accepted");
        Assert.Equal(0, await page.Locator("#ingest-status").CountAsync());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_viewer_cannot_open_the_upload_page()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("viewer");
        var response = await page.GotoAsync("/briefs");

        Assert.DoesNotContain("/briefs", page.Url.Replace("ReturnUrl=%2Fbriefs", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#upload-form").CountAsync());
        _ = response;
        await page.Context.CloseAsync();
    }
}
