using Microsoft.Playwright;

namespace Rapport.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReviewPageTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Accepting_a_proposed_merge_shrinks_the_queue()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);

        var page = await fixture.SignedInPageAsync("analyst");
        await page.GotoAsync("/review");
        var rows = page.Locator("#candidates tr.candidate");
        var before = await rows.CountAsync();
        Assert.True(before > 0, "the review queue proposes no merge");
        await BrowserFixture.ScreenshotAsync(page, "05-review-before");

        var row = rows.First;
        var (a, b) = (await row.GetAttributeAsync("data-a"), await row.GetAttributeAsync("data-b"));
        await row.Locator("button.accept").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        await Assertions.Expect(page.Locator("#review-message")).ToContainTextAsync("Merged");
        await Assertions.Expect(page.Locator("#review-message")).ToContainTextAsync("(analyst)");
        Assert.True(await rows.CountAsync() < before, "the queue did not shrink");
        Assert.Equal(0, await page.Locator($"#candidates tr.candidate[data-a=\"{a}\"][data-b=\"{b}\"]").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "05-review-after-merge");
        Assert.Contains(await fixture.Server.Store.ListActorDecisionsAsync(),
            d => d.Kind == Rapport.Storage.ActorDecisionKind.Merge && d.Who == "analyst" && new[] { d.A, d.B }.Order().SequenceEqual(new[] { a, b }.Order()));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Rejecting_a_proposed_merge_records_the_actors_as_distinct()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);

        // A server of its own: the shared one's queue may already have been decided by the merge test.
        await using var server = await WebServer.StartAsync();
        var page = await fixture.SignedInPageAsync("analyst", server);
        await page.GotoAsync("/review");
        var rows = page.Locator("#candidates tr.candidate");
        var before = await rows.CountAsync();
        Assert.True(before > 0, "the review queue proposes no merge");

        var row = rows.First;
        var (a, b) = (await row.GetAttributeAsync("data-a"), await row.GetAttributeAsync("data-b"));
        await row.Locator("button.reject").ClickAsync();

        await Assertions.Expect(page.Locator("#review-message")).ToContainTextAsync("different actors (analyst)");
        Assert.Equal(before - 1, await rows.CountAsync());
        Assert.Equal(0, await page.Locator($"#candidates tr.candidate[data-a=\"{a}\"][data-b=\"{b}\"]").CountAsync());
        var decisions = await server.Store.ListActorDecisionsAsync();
        var decision = Assert.Single(decisions);
        Assert.Equal(Rapport.Storage.ActorDecisionKind.Distinct, decision.Kind);
        Assert.Equal("analyst", decision.Who);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task An_analyst_grades_an_outlet_and_a_viewer_only_sees_the_queue()
    {
        Skip.IfNot(BrowserFixture.HasChromium, BrowserFixture.SkipReason);
        var page = await fixture.SignedInPageAsync("analyst");
        await page.GotoAsync("/review");
        var outlet = page.Locator("#outlets tr.outlet").First;
        var name = await outlet.GetAttributeAsync("data-outlet");
        await outlet.Locator("select[name=grade]").SelectOptionAsync("B");
        await outlet.Locator("button.save-grade").ClickAsync();

        await Assertions.Expect(page.Locator("#review-message")).ToContainTextAsync($"graded B by analyst");
        await Assertions.Expect(page.Locator($"#outlets tr.outlet[data-outlet=\"{name}\"] select[name=grade]")).ToHaveValueAsync("B");
        await page.Context.CloseAsync();

        var viewer = await fixture.SignedInPageAsync("viewer");
        await viewer.GotoAsync("/review");
        await Assertions.Expect(viewer.Locator("#outlets")).ToBeVisibleAsync();
        Assert.Equal(0, await viewer.Locator("form button.accept, form button.save-grade").CountAsync());
        await BrowserFixture.ScreenshotAsync(viewer, "05-review-viewer");
        await viewer.Context.CloseAsync();
    }
}
