using Rapport.Model;

namespace Rapport.Storage.Tests;

/// <summary>How every store keeps the facts extracted from a document: with it, atomically, and exactly once.</summary>
public abstract partial class KnowledgeStoreContract
{
    private const string FactText = "The spokesman said on Tuesday that the delegation met the minister in the capital.";

    [SkippableFact]
    public async Task Facts_are_stored_with_their_document_and_come_back_in_span_order()
    {
        await using var store = await CreateStoreAsync();
        var document = Documents.Make(FactText);
        var facts = new[]
        {
            Fact(document, FactKind.Meeting, 35, 82, PartialDate.OfDay(2017, 10, 20), "delegation", "minister; host", """{"kind":"meeting"}"""),
            Fact(document, FactKind.Statement, 0, 82, PartialDate.OfMonth(2017, 10), "spokesman", null, """{"speaker":"spokesman","text":"ünïcödé"}"""),
        };

        await store.AddDocumentsAsync([new DocumentRecord(document, facts, "test-extractor/1")]);

        var stored = await store.GetFactsAsync(document.Id);
        Assert.Equal(2, stored.Count);
        Assert.Equal(FactKind.Statement, stored[0].Kind);
        Assert.Equal(facts[1] with { Payload = stored[0].Payload }, stored[0]);
        Assert.Equal(facts[0] with { Payload = stored[1].Payload }, stored[1]);
        Assert.Equal("ünïcödé", System.Text.Json.JsonDocument.Parse(stored[0].Payload).RootElement.GetProperty("text").GetString());
        Assert.Equal(1, await store.CountFactsAsync(FactKind.Meeting));
        Assert.Equal(0, await store.CountFactsAsync(FactKind.Support));
    }

    [SkippableFact]
    public async Task Facts_of_a_document_already_stored_are_not_added_again()
    {
        await using var store = await CreateStoreAsync();
        var document = Documents.Make(FactText);
        var record = new DocumentRecord(document, [Fact(document, FactKind.Statement, 0, 10, PartialDate.Unknown, "spokesman", null, "{}")], "test-extractor/1");

        await store.AddDocumentsAsync([record]);
        var again = await store.AddDocumentsAsync([record, record]);

        Assert.Equal([AddResult.AlreadyPresent, AddResult.AlreadyPresent], again);
        Assert.Single(await store.GetFactsAsync(document.Id));
    }

    [SkippableFact]
    public async Task A_document_stored_without_extraction_has_no_facts()
    {
        await using var store = await CreateStoreAsync();
        var document = Documents.Make(FactText);

        await store.AddDocumentAsync(document);

        Assert.Empty(await store.GetFactsAsync(document.Id));
    }

    [SkippableFact]
    public async Task A_fact_that_breaks_a_constraint_rolls_back_its_whole_batch()
    {
        await using var store = await CreateStoreAsync();
        var good = Documents.Make("A good document.");
        var bad = Documents.Make(FactText);
        var broken = new DocumentRecord(bad, [Fact(bad, FactKind.Statement, 0, 5, PartialDate.Unknown, null, null, "not json {")], "test-extractor/1");

        await Assert.ThrowsAnyAsync<Exception>(() => store.AddDocumentsAsync([DocumentRecord.FromDocument(good), broken]));

        Assert.Equal(0, await store.CountDocumentsAsync());
        Assert.Equal(0, await store.CountFactsAsync(FactKind.Statement));
    }

    private static FactRecord Fact(Document document, FactKind kind, int start, int end, PartialDate date, string? subject, string? obj, string payload) =>
        new(kind, new Span(document.Id, start, end), new RuleRef("test.rule", 2), date, subject, obj, payload);
}
