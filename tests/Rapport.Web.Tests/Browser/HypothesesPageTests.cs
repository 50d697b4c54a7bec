using Microsoft.Playwright;
using Rapport.Services;
using Rapport.Testing;

namespace Rapport.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class HypothesesPageTests(BrowserFixture fixture)
{
    private static string Sample => Path.Combine(RepoPaths.RepoRoot, "samples", "hypotheses", "iran-hamas.yaml");

    [SkippableFact]
    public async Task An_analyst_pastes_hypotheses_sees_the_matrix_and_tags_evidence()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("analyst");
        await page.GotoAsync("/review/hypotheses");
        if (await page.Locator("#clear-hypotheses").CountAsync() > 0)
        {
            await page.ClickAsync("#clear-hypotheses");
        }

        await page.FillAsync("#hypotheses-yaml", await File.ReadAllTextAsync(Sample));
        await page.ClickAsync("#load-hypotheses");
        await Assertions.Expect(page.Locator("#hypotheses-message")).ToContainTextAsync("Loaded pasted hypotheses: 3 hypotheses");
        await Assertions.Expect(page.Locator("#hypotheses-matrix th.hypothesis")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#hypotheses-ranking tbody tr")).ToHaveCountAsync(3);
        var rows = page.Locator("#hypotheses-matrix tr.evidence-row");
        Assert.True(await rows.CountAsync() > 3, "the matrix has too few rows");

        // The file's own tags are shown: al-Sinwar's statement is consistent with H1 and inconsistent with H2.
        var sinwar = page.Locator("#hypotheses-matrix tr.evidence-row[data-ref=\"statement:7598c229bd8d@5644\"]");
        await Assertions.Expect(sinwar.Locator("td.mark[data-h=H1]")).ToHaveTextAsync("C");
        await Assertions.Expect(sinwar.Locator("td.mark[data-h=H2]")).ToHaveTextAsync("I");
        await BrowserFixture.ScreenshotAsync(page, "08-hypotheses-matrix");

        // Tag the first row not yet marked inconsistent with H2.
        string? reference = null;
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            if ((await rows.Nth(i).Locator("td.mark[data-h=H2]").InnerTextAsync()).Trim() != "I")
            {
                reference = await rows.Nth(i).GetAttributeAsync("data-ref");
                break;
            }
        }

        Assert.NotNull(reference);
        var row = page.Locator($"#hypotheses-matrix tr.evidence-row[data-ref=\"{reference}\"]");
        await row.Locator("select[name=hypothesis]").SelectOptionAsync("H2");
        await row.Locator("select[name=rating]").SelectOptionAsync("inconsistent");
        await row.Locator("button.tag").ClickAsync();

        await Assertions.Expect(page.Locator("#hypotheses-message")).ToContainTextAsync($"({reference}) inconsistent with H2");
        await Assertions.Expect(row.Locator("td.mark[data-h=H2]")).ToHaveTextAsync("I");
        await Assertions.Expect(row.Locator("td.mark[data-h=H2]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\binconsistent\\b"));
        await BrowserFixture.ScreenshotAsync(page, "08-hypotheses-tagged");

        // The download is a hypotheses file with the new tag in it, which the loader reads back.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-hypotheses"));
        var yaml = await File.ReadAllTextAsync(await download.PathAsync());
        var file = HypothesesFileLoader.Parse(yaml, download.SuggestedFilename);
        var h2 = Assert.Single(file.Hypotheses, h => h.Id == "H2");
        Assert.Contains(h2.Tags, t => t.Reference.ToString() == reference && t.Rating == Rapport.Analysis.Hypotheses.AchRating.Inconsistent);
        Assert.True(file.Actors.SequenceEqual(new[] { "Iran", "Hamas" }), "the actors scope was not written back");
        Assert.Equal(3, file.Hypotheses.Count);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_viewer_reads_the_matrix_but_gets_no_tag_forms_and_cannot_tag()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("viewer");
        await page.GotoAsync("/review/hypotheses");
        if (await page.Locator("#clear-hypotheses").CountAsync() > 0)
        {
            await page.ClickAsync("#clear-hypotheses");
        }

        await Assertions.Expect(page.Locator("#hypotheses-read-only")).ToBeVisibleAsync();
        await page.FillAsync("#hypotheses-yaml", await File.ReadAllTextAsync(Sample));
        await page.ClickAsync("#load-hypotheses");
        await Assertions.Expect(page.Locator("#hypotheses-matrix th.hypothesis")).ToHaveCountAsync(3);
        Assert.True(await page.Locator("#hypotheses-matrix tr.evidence-row").CountAsync() > 3, "the matrix has too few rows");
        Assert.Equal(0, await page.Locator("form.tag-form, button.tag").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "08-hypotheses-viewer");

        // Even with a valid antiforgery token (from the page's own forms), the viewer's tag is refused and nothing changes.
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var post = await page.APIRequest.PostAsync("/review/hypotheses?handler=Tag", new()
        {
            MaxRedirects = 0,
            Form = page.Context.APIRequest.CreateFormData()
                .Set("reference", "statement:7598c229bd8d@5644").Set("hypothesis", "H2").Set("rating", "consistent")
                .Set("__RequestVerificationToken", token ?? string.Empty),
        });
        Assert.True(post.Status is 403 or 302, $"the viewer's tag answered {post.Status}");
        if (post.Status == 302)
        {
            Assert.Contains("/denied", post.Headers["location"], StringComparison.Ordinal);
        }

        await page.ReloadAsync();
        var sinwar = page.Locator("#hypotheses-matrix tr.evidence-row[data-ref=\"statement:7598c229bd8d@5644\"]");
        await Assertions.Expect(sinwar.Locator("td.mark[data-h=H2]")).ToHaveTextAsync("I");
        await page.Context.CloseAsync();
    }
}
