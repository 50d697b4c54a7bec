using Rapport.Model;

namespace Rapport.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IKnowledgeStore"/> must have. Each backend's test class derives from this and
/// says only how to create, reopen and poke at its database, so SQLite and PostgreSQL answer the same questions.
/// </summary>
public abstract partial class KnowledgeStoreContract
{
    private const string QodsText =
        "Analysts say the IRGC's Qods Force and Hezbollah did not meet near Damascus or at the negotiating table in 2019. "
        + "The group's military wing was kept apart from its political office.";

    /// <summary>Creates an empty store in a fresh location for this test.</summary>
    protected abstract Task<IKnowledgeStore> CreateStoreAsync();

    /// <summary>Opens the store this test created again, as a new process would.</summary>
    protected abstract Task<IKnowledgeStore> ReopenStoreAsync();

    /// <summary>Runs SQL directly against this test's database, bypassing the store.</summary>
    protected abstract Task ExecuteSqlAsync(string sql);

    /// <summary>SQL that replaces a stored document's text behind the store's back.</summary>
    protected virtual string ForgeTextSql(DocumentId id, string text) => $"UPDATE documents SET text = '{text}' WHERE id = '{id.Value}';";

    [SkippableFact]
    public async Task Adding_then_getting_a_document_round_trips_every_field()
    {
        await using var store = await CreateStoreAsync();
        Document[] documents =
        [
            Documents.Make("Known to the day.", publishedOn: PartialDate.OfDay(2017, 8, 31), format: DocumentFormat.Html),
            Documents.Make("Known to the month.", publishedOn: PartialDate.OfMonth(2017, 8), format: DocumentFormat.Markdown),
            Documents.Make("Known to the year.", publishedOn: PartialDate.OfYear(1979), format: DocumentFormat.Pdf),
            Documents.Make("No date, no publisher.", publisher: null, publishedOn: PartialDate.Unknown),
            Documents.Make(
                "Ḥizb Allāh — حزب الله — 真主党 — «Хезболла» 😀\nSecond line\twith a tab.",
                title: "Ünïcödé title 😀",
                origin: "https://example.org/ar/حزب",
                publisher: "Éditions du Liban",
                language: "ar"),
        ];

        foreach (var document in documents)
        {
            Assert.Equal(AddResult.Added, await store.AddDocumentAsync(document));
        }

        foreach (var document in documents)
        {
            var stored = await store.GetDocumentAsync(document.Id);
            Assert.Equal(document, stored);
            Assert.Equal(document.IngestedAt.UtcTicks, stored!.IngestedAt.UtcTicks);
        }
    }

    [SkippableFact]
    public async Task Adding_the_same_text_twice_stores_it_once()
    {
        await using var store = await CreateStoreAsync();
        var first = Documents.Make("The same text.", title: "First title");
        var second = Documents.Make("The same text.", title: "Another title for the same text");

        Assert.Equal(AddResult.Added, await store.AddDocumentAsync(first));
        Assert.Equal(AddResult.AlreadyPresent, await store.AddDocumentAsync(second));

        Assert.Equal(1, await store.CountDocumentsAsync());
        Assert.Equal("First title", (await store.GetDocumentAsync(first.Id))!.Title);
    }

    [SkippableFact]
    public async Task Adding_a_batch_reports_each_document_in_order()
    {
        await using var store = await CreateStoreAsync();
        var old = Documents.Make("Stored before the batch.");
        await store.AddDocumentAsync(old);
        var first = Documents.Make("New in the batch.");
        var second = Documents.Make("Also new in the batch.");

        var results = await store.AddDocumentsAsync([second, old, first, second with { Title = "The same text again" }]);

        Assert.Equal([AddResult.Added, AddResult.AlreadyPresent, AddResult.Added, AddResult.AlreadyPresent], results);
        Assert.Equal(3, await store.CountDocumentsAsync());
        Assert.Equal(second, await store.GetDocumentAsync(second.Id));
        Assert.Empty(await store.AddDocumentsAsync([]));
    }

    [SkippableFact]
    public async Task A_large_batch_is_stored_whole()
    {
        await using var store = await CreateStoreAsync();
        var documents = Enumerable.Range(0, 250).Select(i => Documents.Make($"Batch document {i} about shipping.")).ToList();

        var results = await store.AddDocumentsAsync(documents);

        Assert.All(results, r => Assert.Equal(AddResult.Added, r));
        Assert.Equal(250, await store.CountDocumentsAsync());
        var listed = await store.ListDocumentsAsync(0, 1000);
        Assert.Equal(Sorted(documents.Select(d => d.Id)), Sorted(listed.Select(d => d.Id)));
    }

    [SkippableFact]
    public async Task Concurrent_batches_that_overlap_in_opposite_orders_store_each_document_once()
    {
        await using var store = await CreateStoreAsync();
        var documents = Enumerable.Range(0, 20).Select(i => Documents.Make($"Shared document {i}.")).ToList();
        var reversed = Enumerable.Reverse(documents).ToList();

        var batches = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => store.AddDocumentsAsync(i % 2 == 0 ? documents : reversed))));

        Assert.Equal(20, await store.CountDocumentsAsync());
        Assert.Equal(20, batches.Sum(b => b.Count(r => r == AddResult.Added)));
    }

    [SkippableFact]
    public async Task A_cancelled_batch_leaves_nothing_behind()
    {
        await using var store = await CreateStoreAsync();
        var documents = Enumerable.Range(0, 5).Select(i => Documents.Make($"Cancelled batch document {i}.")).ToList();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddDocumentsAsync(documents, cancelled.Token));

        Assert.Equal(0, await store.CountDocumentsAsync());
    }

    [SkippableFact]
    public async Task Contains_is_true_only_for_stored_documents()
    {
        await using var store = await CreateStoreAsync();
        var stored = Documents.Make("Stored.");
        await store.AddDocumentAsync(stored);

        Assert.True(await store.ContainsDocumentAsync(stored.Id));
        Assert.False(await store.ContainsDocumentAsync(DocumentId.ForText("Never stored.")));
        Assert.Null(await store.GetDocumentAsync(DocumentId.ForText("Never stored.")));
    }

    [SkippableFact]
    public async Task An_id_prefix_finds_the_document_and_an_ambiguous_one_finds_several()
    {
        await using var store = await CreateStoreAsync();

        // Among 17 ids, at least two share their first hex digit.
        var documents = Enumerable.Range(0, 17).Select(i => Documents.Make($"Document number {i}.")).ToList();
        foreach (var document in documents)
        {
            await store.AddDocumentAsync(document);
        }

        var target = documents[3];
        var exact = await store.FindDocumentsByIdPrefixAsync(target.Id.Short);
        Assert.Equal(target.Id, Assert.Single(exact).Id);

        var upperCase = await store.FindDocumentsByIdPrefixAsync("  " + target.Id.Short.ToUpperInvariant() + " ");
        Assert.Equal(target.Id, Assert.Single(upperCase).Id);

        var shared = documents.GroupBy(d => d.Id.Value[0]).First(g => g.Count() > 1);
        var ambiguous = await store.FindDocumentsByIdPrefixAsync(shared.Key.ToString());
        Assert.Equal(shared.Select(d => d.Id.Value).Order(StringComparer.Ordinal), ambiguous.Select(s => s.Id.Value));
    }

    [SkippableFact]
    public async Task A_prefix_that_is_not_hex_or_is_empty_finds_nothing()
    {
        await using var store = await CreateStoreAsync();
        await store.AddDocumentAsync(Documents.Make("Something."));

        Assert.Empty(await store.FindDocumentsByIdPrefixAsync("xyz"));
        Assert.Empty(await store.FindDocumentsByIdPrefixAsync("a%"));
        Assert.Empty(await store.FindDocumentsByIdPrefixAsync("_"));
        Assert.Empty(await store.FindDocumentsByIdPrefixAsync(""));
        Assert.Empty(await store.FindDocumentsByIdPrefixAsync("   "));
    }

    [SkippableFact]
    public async Task Listing_pages_through_documents_in_insertion_order()
    {
        await using var store = await CreateStoreAsync();

        // Texts chosen so that insertion order differs from id order.
        var documents = new[] { "zulu", "alpha", "mike", "charlie", "yankee" }
            .Select((word, i) => Documents.Make($"Document {word}.", title: word, publishedOn: PartialDate.OfYear(2000 + i)))
            .ToList();
        foreach (var document in documents)
        {
            await store.AddDocumentAsync(document);
        }

        var pages = new List<DocumentSummary>();
        pages.AddRange(await store.ListDocumentsAsync(0, 2));
        pages.AddRange(await store.ListDocumentsAsync(2, 2));
        pages.AddRange(await store.ListDocumentsAsync(4, 2));

        Assert.Equal(documents.Select(d => d.Id), pages.Select(p => p.Id));
        Assert.Empty(await store.ListDocumentsAsync(5, 2));
        Assert.Equal(5, await store.CountDocumentsAsync());

        var summary = pages[1];
        Assert.Equal("alpha", summary.Title);
        Assert.Equal("/corpus/report.txt", summary.Origin);
        Assert.Equal(DocumentFormat.Text, summary.Format);
        Assert.Equal(PartialDate.OfYear(2001), summary.PublishedOn);
        Assert.Equal("Document alpha.".Length, summary.Length);
        Assert.Equal(Documents.IngestedAt, summary.IngestedAt);
    }

    [SkippableFact]
    public async Task An_empty_store_counts_lists_and_finds_nothing()
    {
        await using var store = await CreateStoreAsync();

        Assert.Equal(0, await store.CountDocumentsAsync());
        Assert.Empty(await store.ListDocumentsAsync(0, 10));
        Assert.Empty(await store.SearchAsync(SearchQuery.Parse("Qods Force"), 10));
        Assert.Empty(await store.SearchAsync(SearchQuery.Parse("negotiat*"), 10));
    }

    [SkippableFact]
    public async Task Search_finds_both_words_and_highlights_them_in_the_snippet()
    {
        await using var store = await CreateStoreAsync();
        var qods = Documents.Make(QodsText, title: "Regional networks");
        await store.AddDocumentAsync(qods);
        await store.AddDocumentAsync(Documents.Make("A text about something else entirely: fisheries policy.", title: "Fisheries"));

        var hits = await store.SearchAsync(SearchQuery.Parse("Qods Force"), 10);

        var hit = Assert.Single(hits);
        Assert.Equal(qods.Id, hit.Id);
        Assert.Equal("Regional networks", hit.Title);
        Assert.Contains("Qods Force", hit.Snippet.Text, StringComparison.Ordinal);
        Assert.Contains("Qods", hit.Snippet.HighlightedWords);
        Assert.Contains("Force", hit.Snippet.HighlightedWords);
        Assert.DoesNotContain(HighlightedText.StartMark, hit.Snippet.Text);
        Assert.DoesNotContain(HighlightedText.EndMark, hit.Snippet.Text);
    }

    [SkippableFact]
    public async Task Search_requires_every_word()
    {
        await using var store = await CreateStoreAsync();
        await store.AddDocumentAsync(Documents.Make(QodsText));

        Assert.Empty(await store.SearchAsync(SearchQuery.Parse("Qods fisheries"), 10));
    }

    [SkippableFact]
    public async Task Search_ranks_a_title_match_above_a_body_only_match()
    {
        await using var store = await CreateStoreAsync();

        // The body-only document is added first, so insertion order cannot explain the ranking.
        var bodyOnly = Documents.Make("An overview of the region, which mentions Hezbollah once among many other groups.", title: "Regional overview");
        var inTitle = Documents.Make("A report on money flows, donors and front companies.", title: "Hezbollah finances");
        await store.AddDocumentAsync(bodyOnly);
        await store.AddDocumentAsync(inTitle);

        var hits = await store.SearchAsync(SearchQuery.Parse("hezbollah"), 10);

        Assert.Equal([inTitle.Id, bodyOnly.Id], hits.Select(h => h.Id));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [SkippableFact]
    public async Task A_quoted_phrase_matches_only_consecutive_words()
    {
        await using var store = await CreateStoreAsync();
        var phrase = Documents.Make("The military wing of the group answers to its council.");
        var scattered = Documents.Make("The wing of the hospital was rebuilt by military engineers.");
        await store.AddDocumentAsync(phrase);
        await store.AddDocumentAsync(scattered);

        var phraseHits = await store.SearchAsync(SearchQuery.Parse("\"military wing\""), 10);
        var wordHits = await store.SearchAsync(SearchQuery.Parse("military wing"), 10);

        Assert.Equal(phrase.Id, Assert.Single(phraseHits).Id);
        Assert.Equal(Sorted([phrase.Id, scattered.Id]), Sorted(wordHits.Select(h => h.Id)));
    }

    [SkippableFact]
    public async Task A_prefix_matches_every_word_that_starts_with_it()
    {
        await using var store = await CreateStoreAsync();
        var negotiations = Documents.Make("Negotiations resumed in Oman.");
        var negotiator = Documents.Make("The chief negotiator left early.");
        var negotiating = Documents.Make("They were negotiating all night.");
        var other = Documents.Make("Nothing relevant here: a note on logistics.");
        await store.AddDocumentsAsync([negotiations, negotiator, negotiating, other]);

        // Both engines index word stems ("negoti"), so a prefix matches where it is no longer than the stem.
        // A longer one such as "negotiat*" finds nothing in either store: see the report to the lead.
        var hits = await store.SearchAsync(SearchQuery.Parse("negot*"), 10);

        Assert.Equal(Sorted([negotiations.Id, negotiator.Id, negotiating.Id]), Sorted(hits.Select(h => h.Id)));
        Assert.All(hits, h => Assert.Contains(h.Snippet.HighlightedWords, w => w.StartsWith("negot", StringComparison.OrdinalIgnoreCase)));
    }

    [SkippableFact]
    public async Task A_prefix_combines_with_other_words()
    {
        await using var store = await CreateStoreAsync();
        var oman = Documents.Make("Negotiations resumed in Oman.");
        await store.AddDocumentsAsync([oman, Documents.Make("Negotiations stalled in Geneva.")]);

        var hits = await store.SearchAsync(SearchQuery.Parse("nego* oman"), 10);

        Assert.Equal(oman.Id, Assert.Single(hits).Id);
    }

    [SkippableFact]
    public async Task Search_respects_the_limit_and_returns_the_best_first()
    {
        await using var store = await CreateStoreAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.AddDocumentAsync(Documents.Make($"Sanctions note {i} on shipping.", title: $"Note {i}"));
        }

        var best = Documents.Make("Unrelated body text.", title: "Sanctions overview");
        await store.AddDocumentAsync(best);

        var hits = await store.SearchAsync(SearchQuery.Parse("sanctions"), 3);

        Assert.Equal(3, hits.Count);
        Assert.Equal(best.Id, hits[0].Id);
    }

    [SkippableFact]
    public async Task Search_finds_words_in_non_latin_scripts()
    {
        await using var store = await CreateStoreAsync();
        var document = Documents.Make("Сообщение о Хезболла и о 真主党 в Бейруте.");
        await store.AddDocumentAsync(document);

        Assert.Equal(document.Id, Assert.Single(await store.SearchAsync(SearchQuery.Parse("хезболла"), 10)).Id);
        Assert.Equal(document.Id, Assert.Single(await store.SearchAsync(SearchQuery.Parse("ХЕЗБОЛЛА"), 10)).Id);
        Assert.Equal(document.Id, Assert.Single(await store.SearchAsync(SearchQuery.Parse("真主党"), 10)).Id);
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "\"Qods", "Qods\"", "\"Qods Force", "(Qods", "Qods)", "((Qods))", "Qods AND Force", "Qods OR Force", "NOT Qods",
        "Qods NOT", "Qods NEAR Force", "NEAR(Qods Force)", "Qods*", "'Qods'", "Qods'", "Qods:Force", "Qods:*", "title:Qods",
        "\\Qods", "Qods\\", "Qods & !Force", "Qods | Force", "Qods <-> Force", "Qods <2> Force", "Qods^2", "-Qods", "+Qods",
        "Qods; DROP TABLE documents; --", "Robert'); DROP TABLE documents;--", "Qods' OR '1'='1", "$1 Qods", "@t0 Qods",
        "%Qods%", "Qods_", "{Qods}", "[Qods]", "Qods\u0000Force", "😀 Qods", "Qods\u200bForce", "Ｑｏｄｓ", "Ḥizb",
        "*Qods", "**", "Qods**", "Qods* Force*", "\"\"", "\"", "'", ":", "\\", "*", "!", "&&", "||", "<->", "NEAR", "AND",
        new string('x', 5000), string.Concat(Enumerable.Repeat("Qods ", 500)),
    ];

    [SkippableTheory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_search_input_never_throws_and_finds_what_it_names(string input)
    {
        await using var store = await CreateStoreAsync();
        var document = Documents.Make(QodsText + " Ḥizb Allāh.");
        await store.AddDocumentAsync(document);

        if (!SearchQuery.TryParse(input, out var query, out _))
        {
            return;
        }

        var hits = await store.SearchAsync(query!, 10);

        // When every word the query names is in the text, the document must be found; otherwise nothing else exists to find.
        var words = new HashSet<string>(SearchQuery.Parse(document.Text + " " + document.Title).Terms.SelectMany(t => t.Words), StringComparer.Ordinal);
        if (query!.Terms.All(t => !t.IsPhrase && !t.IsPrefix && words.Contains(t.Words[0])) && !HasStopWordOnly(query))
        {
            Assert.Equal(document.Id, Assert.Single(hits).Id);
        }
        else
        {
            Assert.All(hits, h => Assert.Equal(document.Id, h.Id));
        }

        Assert.Equal(1, await store.CountDocumentsAsync());
    }

    [SkippableFact]
    public async Task Reopening_the_store_keeps_its_documents_and_schema_version()
    {
        var document = Documents.Make("Kept across reopening.");
        int version;
        await using (var store = await CreateStoreAsync())
        {
            await store.AddDocumentAsync(document);
            version = store.SchemaVersion;
            Assert.True(version >= 1);
        }

        await using var reopened = await ReopenStoreAsync();

        Assert.Equal(version, reopened.SchemaVersion);
        Assert.Equal(document, await reopened.GetDocumentAsync(document.Id));
        Assert.Equal(document.Id, Assert.Single(await reopened.SearchAsync(SearchQuery.Parse("reopening"), 10)).Id);
    }

    [SkippableFact]
    public async Task A_database_from_a_newer_rapport_is_refused_with_a_message_to_upgrade()
    {
        await using (var store = await CreateStoreAsync())
        {
            await store.AddDocumentAsync(Documents.Make("Written by today's Rapport."));
        }

        await ExecuteSqlAsync("INSERT INTO rapport_schema (version, description, applied_at) VALUES (999, 'from the future', '2100-01-01T00:00:00Z');");

        var ex = await Assert.ThrowsAsync<SchemaTooNewException>(ReopenStoreAsync);
        Assert.Equal(999, ex.DatabaseVersion);
        Assert.Contains("upgrade", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [SkippableFact]
    public async Task The_integrity_check_is_healthy_on_a_good_store()
    {
        await using var store = await CreateStoreAsync();
        await store.AddDocumentAsync(Documents.Make(QodsText));
        await store.AddDocumentAsync(Documents.Make("Second document."));

        var quick = await store.CheckIntegrityAsync(verifyContent: false);
        var full = await store.CheckIntegrityAsync(verifyContent: true);

        Assert.True(quick.IsHealthy, string.Join("; ", quick.Problems));
        Assert.True(full.IsHealthy, string.Join("; ", full.Problems));
        Assert.Equal(2, full.DocumentsChecked);
    }

    [SkippableFact]
    public async Task The_integrity_check_reports_a_document_whose_text_was_changed_behind_its_back()
    {
        await using var store = await CreateStoreAsync();
        var tampered = Documents.Make("The original text.");
        await store.AddDocumentAsync(tampered);
        await store.AddDocumentAsync(Documents.Make("An untouched document."));

        await ExecuteSqlAsync(ForgeTextSql(tampered.Id, "A forged text."));
        var report = await store.CheckIntegrityAsync(verifyContent: true);

        Assert.False(report.IsHealthy);
        Assert.Contains(report.Problems, p => p.Contains(tampered.Id.Short, StringComparison.Ordinal) && p.Contains("hash", StringComparison.Ordinal));
        Assert.Equal(2, report.DocumentsChecked);
    }

    [SkippableFact]
    public async Task Concurrent_adds_of_the_same_document_store_it_once()
    {
        await using var store = await CreateStoreAsync();
        var document = Documents.Make("Everyone adds me at once.");
        using var start = new ManualResetEventSlim();

        var adds = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await store.AddDocumentAsync(document);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(adds);

        Assert.Single(results, r => r == AddResult.Added);
        Assert.Equal(7, results.Count(r => r == AddResult.AlreadyPresent));
        Assert.Equal(1, await store.CountDocumentsAsync());
    }

    [SkippableFact]
    public async Task Concurrent_adds_of_different_documents_store_them_all()
    {
        await using var store = await CreateStoreAsync();
        var documents = Enumerable.Range(0, 8).Select(i => Documents.Make($"Parallel document {i}.")).ToList();

        var results = await Task.WhenAll(documents.Select(d => Task.Run(() => store.AddDocumentAsync(d))));

        Assert.All(results, r => Assert.Equal(AddResult.Added, r));
        Assert.Equal(8, await store.CountDocumentsAsync());
    }

    [SkippableFact]
    public async Task A_cancelled_add_leaves_nothing_behind()
    {
        await using var store = await CreateStoreAsync();
        var document = Documents.Make("Never stored because the add was cancelled.");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddDocumentAsync(document, cancelled.Token));

        Assert.False(await store.ContainsDocumentAsync(document.Id));
        Assert.Equal(0, await store.CountDocumentsAsync());
        Assert.Equal(AddResult.Added, await store.AddDocumentAsync(document));
    }

    [SkippableFact]
    public async Task The_description_names_the_backend()
    {
        await using var store = await CreateStoreAsync();

        Assert.False(string.IsNullOrWhiteSpace(store.Description));
        Assert.DoesNotContain('\n', store.Description);
    }

    // Ids have no order of their own; their hex text does.
    private static List<string> Sorted(IEnumerable<DocumentId> ids) => ids.Select(i => i.Value).Order(StringComparer.Ordinal).ToList();

    // PostgreSQL drops English stop words from queries; a query of nothing else matches nothing there.
    private static bool HasStopWordOnly(SearchQuery query) =>
        query.Terms.All(t => t.Words.All(w => w is "and" or "or" or "not" or "the" or "at" or "in" or "of" or "to" or "a"));
}
