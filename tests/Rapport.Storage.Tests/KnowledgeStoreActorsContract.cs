using Rapport.Model;

namespace Rapport.Storage.Tests;

/// <summary>How every store keeps the actor registry, the analysts' decision log and outlet grades.</summary>
public abstract partial class KnowledgeStoreContract
{
    [SkippableFact]
    public async Task Actor_mentions_are_stored_with_their_document_once_per_key_and_name()
    {
        await using var store = await CreateStoreAsync();
        var document = Documents.Make("Salih al-Aruri met Ali Larijani in the capital.");
        var other = Documents.Make("Saleh al-Arouri met the speaker.");
        ActorMention[] mentions =
        [
            new(document.Id, "person/saleh-al-arouri", "Saleh al-Arouri", "person", "hamas"),
            new(document.Id, "person/saleh-al-arouri", "Salih al-Aruri", "person", "hamas"),
            new(document.Id, "person/saleh-al-arouri", "Salih al-Aruri"),
            new(document.Id, "name:Ali Larijani", "Ali Larijani"),
        ];

        await store.AddDocumentsAsync([new DocumentRecord(document, [], "test-extractor/1") { Actors = mentions }]);
        await store.AddDocumentsAsync([new DocumentRecord(other, [], "test-extractor/1") { Actors = [new(other.Id, "person/saleh-al-arouri", "Saleh al-Arouri", "person")] }]);
        await store.AddDocumentsAsync([new DocumentRecord(document, [], "test-extractor/1") { Actors = [new(document.Id, "name:Other", "Other")] }]);

        var stored = await store.ListActorMentionsAsync();
        Assert.Equal(4, stored.Count);
        Assert.Contains(mentions[0], stored);
        Assert.Contains(mentions[3], stored);
        Assert.Equal(2, stored.Count(m => m.Key == "person/saleh-al-arouri" && m.Name == "Saleh al-Arouri"));
        Assert.DoesNotContain(stored, m => m.Key == "name:Other");
    }

    [SkippableFact]
    public async Task Actor_decisions_come_back_in_the_order_they_were_made_with_every_field()
    {
        await using var store = await CreateStoreAsync();
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        ActorDecision[] decisions =
        [
            new(ActorDecisionKind.Merge, "name:Salih al-Aruri", "person/saleh-al-arouri", "analyst", at, "same person: transliteration"),
            new(ActorDecisionKind.Distinct, "name:Ali Larijani", "name:Sadeq Larijani", "analyst2", at.AddMinutes(1), "brothers — ünïcödé"),
            new(ActorDecisionKind.Split, "person/saleh-al-arouri", "name:Salih al-Aruri", "analyst", at.AddMinutes(2)),
        ];

        foreach (var decision in decisions)
        {
            await store.AddActorDecisionAsync(decision);
        }

        await using var reopened = await ReopenStoreAsync();
        Assert.Equal(decisions, await reopened.ListActorDecisionsAsync());
    }

    [SkippableFact]
    public async Task The_decision_log_is_append_only()
    {
        await using (var store = await CreateStoreAsync())
        {
            await store.AddActorDecisionAsync(new ActorDecision(ActorDecisionKind.Merge, "a", "b", "analyst", DateTimeOffset.UtcNow));
        }

        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteSqlAsync("UPDATE actor_decisions SET kind = 'split';"));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteSqlAsync("DELETE FROM actor_decisions;"));
        await using var reopened = await ReopenStoreAsync();
        Assert.Equal(ActorDecisionKind.Merge, Assert.Single(await reopened.ListActorDecisionsAsync()).Kind);
    }

    [SkippableFact]
    public async Task An_outlet_grade_replaces_the_earlier_grade_of_the_same_outlet_whatever_its_case()
    {
        await using var store = await CreateStoreAsync();
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        await store.SetOutletGradeAsync(new OutletGrade("Tasnim", ReliabilityGrade.D, "analyst", at));
        await store.SetOutletGradeAsync(new OutletGrade(" tasnim ", ReliabilityGrade.C, "analyst2", at.AddHours(1)));
        await store.SetOutletGradeAsync(new OutletGrade("Al-Mayadeen", ReliabilityGrade.B, "analyst", at));

        await using var reopened = await ReopenStoreAsync();
        var grades = await reopened.ListOutletGradesAsync();
        Assert.Equal(
            [new OutletGrade("Al-Mayadeen", ReliabilityGrade.B, "analyst", at), new OutletGrade("tasnim", ReliabilityGrade.C, "analyst2", at.AddHours(1))],
            grades);
    }

    [SkippableFact]
    public async Task Facts_of_one_kind_are_read_across_documents_with_their_document()
    {
        await using var store = await CreateStoreAsync();
        var first = Documents.Make("First report of the meeting.");
        var second = Documents.Make("Second report of the meeting.");
        foreach (var document in new[] { first, second })
        {
            await store.AddDocumentsAsync([new DocumentRecord(document, [
                Fact(document, FactKind.Meeting, 0, 5, PartialDate.OfDay(2017, 10, 21), "a", "b", """{"sources":["X"]}"""),
                Fact(document, FactKind.Statement, 0, 5, PartialDate.Unknown, "a", null, "{}"),
            ], "test-extractor/1")]);
        }

        var meetings = await store.ReadFactsAsync(FactKind.Meeting).ToListAsync();

        Assert.Equal(2, meetings.Count);
        Assert.All(meetings, m => Assert.Equal(FactKind.Meeting, m.Kind));
        Assert.Equal(new[] { first.Id, second.Id }.OrderBy(i => i.Value, StringComparer.Ordinal), meetings.Select(m => m.Span.Document));
        Assert.Equal(PartialDate.OfDay(2017, 10, 21), meetings[0].Date);
    }
}
