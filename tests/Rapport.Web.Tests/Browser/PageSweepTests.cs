using Microsoft.Playwright;

namespace Rapport.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PageSweepTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Every_page_loads_without_script_errors_csp_violations_or_dialogs_even_with_hostile_text()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var folder = Directory.CreateTempSubdirectory("rapport-sweep-").FullName;
        string id;
        try
        {
            var file = Path.Combine(folder, "hostile-<b>title<b>.txt");
            await File.WriteAllTextAsync(file,
                "<script>alert('title')</script> Sweep note\n\nGaza, 9 April 2018. Ismail Haniyeh said that Iran supports Hamas " +
                "<img src=x onerror=alert(6)> with money <svg onload=alert(7)> (Hamas website, April 9, 2018). " +
                "It is likely that <script>alert(8)</script> the ties will grow.\n");
            id = await BrowserFixture.IngestAsync(fixture.Server, file);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var page = await fixture.SignedInPageAsync("analyst");
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("favicon", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{page.Url}: {error}");
        page.Dialog += async (_, dialog) =>
        {
            problems.Add($"{page.Url}: dialog '{dialog.Message}'");
            await dialog.DismissAsync();
        };

        string[] paths =
        [
            "/", "/?a=Iran&b=Hamas&from=2017-01&to=2018-12", "/evidence", "/evidence?q=alert", "/evidence?actor=Haniyeh&kind=statement",
            "/review", "/review/hypotheses", "/briefs", "/network", "/actors/Hamas", "/actors/" + Uri.EscapeDataString("Ismail Haniyeh"), $"/documents/{id}",
        ];
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy") ?? string.Empty, StringComparison.Ordinal);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await page.GotoAsync("/evidence?q=alert");
        Assert.True(await page.Locator("#evidence tr.evidence-row").CountAsync() > 0, "the hostile text is not in the evidence");
        await BrowserFixture.ScreenshotAsync(page, "03-xss-evidence-inert");
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }
}
