using Rapport.Model;

namespace Rapport.Storage.Tests;

/// <summary>How every store keeps coded events and answers monthly dyad questions over them.</summary>
public abstract partial class KnowledgeStoreContract
{
    private static readonly ActorSelector Iran = new(["IRN", "person/envoy"], ["IRN"]);
    private static readonly ActorSelector Movement = new(["movement"], ["PSEREB"]);

    [SkippableFact]
    public async Task Events_are_stored_once_per_origin_and_record_id()
    {
        await using var store = await CreateStoreAsync();
        var visit = Event("a1", PartialDate.OfDay(2017, 10, 20), "movement", "IRN", "042", 2, 1.9);

        Assert.Equal(1, await store.AddEventsAsync([visit]));
        Assert.Equal(0, await store.AddEventsAsync([visit, visit]));
        Assert.Equal(1, await store.AddEventsAsync([visit with { Origin = "icews" }]));

        Assert.Equal(2, await store.CountEventsAsync());
        Assert.Equal(1, await store.CountEventsAsync("icews"));
    }

    [SkippableFact]
    public async Task Monthly_cells_count_and_sum_the_events_between_the_selected_actors()
    {
        await using var store = await CreateStoreAsync();
        EventRecord[] events =
        [
            Event("1", PartialDate.OfDay(2017, 10, 20), "movement", "IRN", "042", 1, 1.9),
            Event("2", PartialDate.OfDay(2017, 10, 21), "movement", "IRNGOV", "043", 1, 2.8),
            Event("3", PartialDate.OfMonth(2017, 10), "PSEREBHMS", "IRNMIL", "072", 2, 7.4),
            Event("4", PartialDate.OfDay(2017, 12, 1), "IRN", "movement", "051", 1, 3.4),
            Event("5", PartialDate.OfDay(2017, 12, 1), "person/envoy", "movement", "111", 3, -2.0),
            Event("6", PartialDate.OfYear(2017), "movement", "IRN", "042", 1, 1.9),
            Event("7", PartialDate.Unknown, "movement", "IRN", "042", 1, 1.9),
            Event("8", PartialDate.OfDay(2017, 10, 5), "ISR", "IRN", "190", 4, -10),
            Event("9", PartialDate.OfDay(2018, 3, 5), "movement", "IRN", "042", 1, 1.9),
        ];
        await store.AddEventsAsync(events);

        var toIran = await store.GetEventMonthsAsync(Movement, Iran, new YearMonth(2017, 1), new YearMonth(2017, 12));
        var fromIran = await store.GetEventMonthsAsync(Iran, Movement, new YearMonth(2017, 1), new YearMonth(2017, 12));

        Assert.Equal(3, toIran.Sum(m => m.Events));
        Assert.Equal(1.9 + 2.8 + 7.4, toIran.Sum(m => m.GoldsteinSum), precision: 9);
        Assert.All(toIran, m => Assert.Equal(new YearMonth(2017, 10), m.Month));
        Assert.Equal(2, toIran.Where(m => m.QuadClass == 1).Sum(m => m.Events));
        Assert.Equal([new YearMonth(2017, 12)], fromIran.Select(m => m.Month).Distinct());
        Assert.Equal(2, fromIran.Sum(m => m.Events));
        Assert.Equal(3.4 - 2.0, fromIran.Sum(m => m.GoldsteinSum), precision: 9);
    }

    [SkippableFact]
    public async Task An_import_that_is_not_committed_leaves_the_store_as_it_was()
    {
        await using var store = await CreateStoreAsync();
        await store.AddEventsAsync([Event("kept", PartialDate.OfDay(2017, 10, 20), "movement", "IRN", "042", 1, 1.9)]);

        await using (var writer = await store.BeginEventsAsync())
        {
            Assert.Equal(2, await writer.AddAsync([
                Event("new-1", PartialDate.OfDay(2017, 10, 21), "movement", "IRN", "042", 1, 1.9),
                Event("new-2", PartialDate.OfDay(2017, 10, 22), "movement", "IRN", "042", 1, 1.9),
            ]));
        }

        Assert.Equal(1, await store.CountEventsAsync());
        var months = await store.GetEventMonthsAsync(Movement, Iran, YearMonth.MinValue, YearMonth.MaxValue);
        Assert.Equal(1, Assert.Single(months).Events);
    }

    [SkippableFact]
    public async Task Stored_events_read_back_as_they_were_added_filtered_by_origin()
    {
        await using var store = await CreateStoreAsync();
        var first = Event("r1", PartialDate.OfMonth(2017, 10), "movement", "IRN", "042", 1, 1.9);
        var second = Event("r2", PartialDate.Unknown, "IRN", "movement", "072", 2, 8.3) with { Origin = "icews", Reference = null };
        await store.AddEventsAsync([first, second]);

        var all = new List<EventRecord>();
        await foreach (var e in store.ReadEventsAsync())
        {
            all.Add(e);
        }

        var icews = new List<EventRecord>();
        await foreach (var e in store.ReadEventsAsync("icews"))
        {
            icews.Add(e);
        }

        Assert.Equal([first, second], all);
        Assert.Equal([second], icews);
    }

    [SkippableFact]
    public async Task An_empty_selector_matches_nothing()
    {
        await using var store = await CreateStoreAsync();
        await store.AddEventsAsync([Event("1", PartialDate.OfDay(2017, 10, 20), "movement", "IRN", "042", 1, 1.9)]);

        var none = await store.GetEventMonthsAsync(new ActorSelector([], []), Iran, YearMonth.MinValue, YearMonth.MaxValue);

        Assert.Empty(none);
    }

    [SkippableFact]
    public async Task Events_of_a_document_refer_to_it()
    {
        await using var store = await CreateStoreAsync();
        var document = Documents.Make("A delegation visited the capital.");
        await store.AddDocumentAsync(document);

        var added = await store.AddEventsAsync([Event("d1", PartialDate.OfDay(2017, 10, 20), "movement", "IRN", "042", 1, 1.9) with { Origin = "rapport", Document = document.Id }]);

        Assert.Equal(1, added);
        await Assert.ThrowsAnyAsync<Exception>(() =>
            store.AddEventsAsync([Event("d2", PartialDate.Unknown, "movement", "IRN", "042", 1, 1.9) with { Origin = "rapport", Document = Documents.Make("never stored").Id }]));
        Assert.Equal(1, await store.CountEventsAsync("rapport"));
    }

    private static EventRecord Event(string id, PartialDate date, string source, string target, string cameo, int quad, double goldstein) =>
        new("gdelt2", id, date, source, source, target, target, cameo, quad, goldstein, $"https://example.org/{id}");
}
