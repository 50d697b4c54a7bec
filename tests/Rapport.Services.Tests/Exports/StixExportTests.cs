using System.Text.Json;
using Rapport.Model;
using Rapport.Services.Exports;

namespace Rapport.Services.Tests.Exports;

[Collection(ExportCollection.Name)]
public sealed class StixExportTests
{
    private static readonly string[] WrittenTypes = ["identity", "threat-actor", "report", "relationship", "note"];

    private readonly ExportStore _kb;

    public StixExportTests(ExportStore kb) => _kb = kb;

    [Fact]
    public async Task The_bundle_and_every_object_pass_the_OASIS_STIX_2_1_schemas()
    {
        using var bundle = JsonDocument.Parse(await _kb.StixAsync());

        Assert.Equal(string.Empty, StixSchemas.Instance.Validate(bundle.RootElement));
        var types = bundle.RootElement.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("type").GetString()).Distinct().Order();
        Assert.Equal(WrittenTypes.Order(), types);
    }

    [Fact]
    public async Task The_upstream_bundle_schema_rejects_any_note_because_a_note_matches_both_core_schemas()
    {
        using var bundle = JsonDocument.Parse(await _kb.StixAsync());
        var note = bundle.RootElement.GetProperty("objects").EnumerateArray().First(o => o.GetProperty("type").GetString() == "note");
        using var alone = JsonDocument.Parse($$"""{"type":"bundle","id":"{{bundle.RootElement.GetProperty("id").GetString()}}","objects":[{{note.GetRawText()}}]}""");
        var schemas = StixSchemas.Instance;

        // note.json accepts it; bundle.json does not list notes, and sends them to its custom-object branch, whose
        // oneOf of the two cores fails for every SDO since both match. StixSchemas.Validate checks notes on their own.
        Assert.True(schemas.For("note")!.Evaluate(note, StixSchemas.Evaluation).IsValid);
        Assert.True(schemas.At("common/core.json").Evaluate(note, StixSchemas.Evaluation).IsValid);
        Assert.True(schemas.At("common/cyber-observable-core.json").Evaluate(note, StixSchemas.Evaluation).IsValid);
        Assert.False(schemas.Bundle.Evaluate(alone.RootElement, StixSchemas.Evaluation).IsValid);
    }

    [Fact]
    public async Task The_strict_bundle_passes_too_and_uses_only_related_to_with_the_verb_in_the_description()
    {
        using var bundle = JsonDocument.Parse(await _kb.StixAsync(new ExportScope(Strict: true)));

        Assert.Equal(string.Empty, StixSchemas.Instance.Validate(bundle.RootElement));
        var relationships = Objects(bundle, "relationship");
        Assert.NotEmpty(relationships);
        Assert.All(relationships, r => Assert.Equal("related-to", r.GetProperty("relationship_type").GetString()));
        Assert.Contains(relationships, r => r.GetProperty("description").GetString()!.Contains(" met with ", StringComparison.Ordinal));
        Assert.Contains(relationships, r => r.GetProperty("description").GetString()!.Contains(" provides weapons to ", StringComparison.Ordinal));
        Assert.DoesNotContain(bundle.RootElement.GetProperty("objects").EnumerateArray(), o => o.EnumerateObject().Any(p => p.Name.StartsWith("x_", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Custom_relationship_types_name_the_meeting_and_support_kinds_and_still_pass_relationship_json()
    {
        using var bundle = JsonDocument.Parse(await _kb.StixAsync());
        var relationships = Objects(bundle, "relationship");
        var types = relationships.Select(r => r.GetProperty("relationship_type").GetString()).ToHashSet();

        Assert.Contains("x-met-with", types);
        Assert.Contains("x-visited", types);
        Assert.Contains("x-provides-weapons-to", types);
        Assert.Contains("x-provides-training-to", types);
        var schema = StixSchemas.Instance.For("relationship")!;
        Assert.All(relationships, r => Assert.True(schema.Evaluate(r, StixSchemas.Evaluation).IsValid));
    }

    [Fact]
    public async Task Two_exports_of_the_same_store_are_byte_identical()
    {
        var first = await _kb.StixAsync();
        var second = await _kb.StixAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Identifiers_are_version_5_UUIDs_of_stable_keys_and_timestamps_are_ingest_times()
    {
        using var bundle = JsonDocument.Parse(await _kb.StixAsync());
        var objects = bundle.RootElement.GetProperty("objects").EnumerateArray().ToList();
        var ids = objects.Select(o => o.GetProperty("id").GetString()!).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids.Append(bundle.RootElement.GetProperty("id").GetString()!), id => Assert.Equal('5', id[id.IndexOf("--", StringComparison.Ordinal) + 16]));
        var ingested = (await _kb.Store.ListDocumentsAsync(0, 1000)).Select(d => (string?)StixTime.Of(d.IngestedAt)).ToHashSet();
        Assert.All(objects, o =>
        {
            Assert.Equal("2.1", o.GetProperty("spec_version").GetString());
            Assert.Equal(o.GetProperty("created").GetString(), o.GetProperty("modified").GetString());
            Assert.Contains(o.GetProperty("created").GetString(), ingested);
        });

        var hamas = Assert.Single(objects, o => o.TryGetProperty("x_rapport_actor_key", out var key) && key.GetString() == "hamas");
        Assert.Equal(DeterministicUuid.StixId(hamas.GetProperty("type").GetString()!, "actor:hamas"), hamas.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Every_reference_resolves_and_each_report_lists_what_was_extracted_from_its_document()
    {
        using var bundle = JsonDocument.Parse(await _kb.StixAsync());
        var objects = bundle.RootElement.GetProperty("objects").EnumerateArray().ToList();
        var ids = objects.Select(o => o.GetProperty("id").GetString()).ToHashSet();

        foreach (var o in objects)
        {
            foreach (var name in new[] { "source_ref", "target_ref" })
            {
                if (o.TryGetProperty(name, out var reference))
                {
                    Assert.Contains(reference.GetString(), ids);
                }
            }

            if (o.TryGetProperty("object_refs", out var refs))
            {
                Assert.NotEqual(0, refs.GetArrayLength());
                Assert.All(refs.EnumerateArray(), r => Assert.Contains(r.GetString(), ids));
            }
        }

        // The weapons report names both sides and holds the support relationship and the statement in it.
        var weapons = Assert.Single(Objects(bundle, "report"), r => r.GetProperty("name").GetString() == "Weapons for Gaza");
        var listed = weapons.GetProperty("object_refs").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(listed, id => id.StartsWith("relationship--", StringComparison.Ordinal));
        Assert.Contains(listed, id => id.StartsWith("note--", StringComparison.Ordinal));
        Assert.Contains(DeterministicUuid.StixId("identity", "actor:IRN"), listed);
        Assert.Equal("2017-06-02T00:00:00.000Z", weapons.GetProperty("published").GetString());
    }

    [Fact]
    public async Task Statements_are_notes_by_their_speaker_citing_outlets_and_the_document_span()
    {
        using var bundle = JsonDocument.Parse(await _kb.StixAsync());

        var note = Assert.Single(Objects(bundle, "note"), n => n.GetProperty("content").GetString()!.Contains(ExportStore.Script, StringComparison.Ordinal));
        Assert.Equal(["Fawzi Barhoum"], note.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        var references = note.GetProperty("external_references").EnumerateArray().ToList();
        var outlet = Assert.Single(references, r => r.GetProperty("source_name").GetString() == "Tasnim");
        Assert.Contains("2018-03-10", outlet.GetProperty("description").GetString(), StringComparison.Ordinal);
        var span = Assert.Single(references, r => r.GetProperty("source_name").GetString() == "rapport");
        Assert.Matches("^doc:[0-9a-f]{64}#[0-9]+-[0-9]+$", span.GetProperty("external_id").GetString());

        // One outlet graded B: possibly true (3) → 50.
        Assert.Equal(3, note.GetProperty("x_rapport_admiralty_credibility").GetInt32());
        Assert.Equal(50, note.GetProperty("confidence").GetInt32());
    }

    [Fact]
    public async Task Confidence_follows_the_STIX_Admiralty_table_and_is_absent_when_truth_cannot_be_judged()
    {
        using var bundle = JsonDocument.Parse(await _kb.StixAsync());
        var rated = bundle.RootElement.GetProperty("objects").EnumerateArray()
            .Where(o => o.TryGetProperty("x_rapport_admiralty_credibility", out _)).ToList();

        Assert.Contains(rated, o => o.GetProperty("x_rapport_admiralty_credibility").GetInt32() == 6);
        Assert.Contains(rated, o => o.GetProperty("x_rapport_admiralty_credibility").GetInt32() == 3);
        Assert.All(rated, o =>
        {
            int? expected = o.GetProperty("x_rapport_admiralty_credibility").GetInt32() switch { 1 => 90, 2 => 70, 3 => 50, 4 => 30, 5 => 10, _ => null };
            Assert.Equal(expected, o.TryGetProperty("confidence", out var c) ? c.GetInt32() : null);
        });
    }

    [Fact]
    public async Task Assessments_are_notes_on_their_report_with_the_DNI_confidence_of_their_band()
    {
        using var bundle = JsonDocument.Parse(await _kb.StixAsync());

        var likely = Objects(bundle, "note").Where(n => n.GetProperty("abstract").GetString()!.StartsWith("Assessment by the author: Likely (", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(likely);
        Assert.All(likely, n =>
        {
            Assert.Equal(70, n.GetProperty("confidence").GetInt32());
            Assert.StartsWith("report--", Assert.Single(n.GetProperty("object_refs").EnumerateArray()).GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Armed_groups_listed_by_the_militant_gazetteer_are_threat_actors_and_states_are_identities()
    {
        using var bundle = JsonDocument.Parse(await _kb.StixAsync());

        Assert.Contains(Objects(bundle, "threat-actor"), t => t.GetProperty("name").GetString() == "Hamas");
        var iran = Assert.Single(Objects(bundle, "identity"), i => i.GetProperty("x_rapport_actor_key").GetString() == "IRN");
        Assert.Equal("organization", iran.GetProperty("identity_class").GetString());
        Assert.Contains(Objects(bundle, "identity"), i => i.GetProperty("identity_class").GetString() == "individual");
    }

    [Fact]
    public async Task Hostile_text_comes_out_verbatim_as_JSON_string_values()
    {
        var bytes = await _kb.StixAsync();
        using var bundle = JsonDocument.Parse(bytes);
        var strings = Strings(bundle.RootElement).ToList();

        Assert.Contains(strings, s => s.Contains(ExportStore.Script, StringComparison.Ordinal) && s.Contains(ExportStore.Template, StringComparison.Ordinal));
        Assert.Contains(strings, s => s.Contains(ExportStore.Formula, StringComparison.Ordinal));
        Assert.Contains(Objects(bundle, "report"), r => r.GetProperty("name").GetString() == $"{ExportStore.Formula} and {ExportStore.Script}");

        // Escaped in the file, so a page that embeds the JSON cannot run it.
        Assert.DoesNotContain("<script>", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dyad_keeps_only_facts_between_its_sides_and_a_period_only_facts_that_may_fall_in_it()
    {
        using var all = JsonDocument.Parse(await _kb.StixAsync());
        using var dyad = JsonDocument.Parse(await _kb.StixAsync(new ExportScope(SideA: "Iran", SideB: "Hamas")));
        using var period = JsonDocument.Parse(await _kb.StixAsync(new ExportScope(new YearMonth(2017, 1), new YearMonth(2017, 12))));

        var dyadRelationships = Objects(dyad, "relationship");
        Assert.NotEmpty(dyadRelationships);
        Assert.True(dyadRelationships.Count < Objects(all, "relationship").Count);
        Assert.Contains(dyadRelationships, r => r.GetProperty("relationship_type").GetString() == "x-provides-weapons-to");
        Assert.DoesNotContain(dyadRelationships, r => r.GetProperty("description").GetString()!.Contains("Erdogan", StringComparison.Ordinal));
        Assert.DoesNotContain(Objects(dyad, "note"), n => n.GetProperty("abstract").GetString()!.StartsWith("Assessment by the author", StringComparison.Ordinal));

        Assert.All(Objects(period, "relationship").Where(r => r.TryGetProperty("start_time", out _)), r =>
            Assert.StartsWith("2017-", r.GetProperty("start_time").GetString(), StringComparison.Ordinal));
        Assert.All(Objects(period, "relationship"), r => Assert.True(r.TryGetProperty("start_time", out _), "undated facts are outside any period"));
        Assert.Equal(string.Empty, StixSchemas.Instance.Validate(dyad.RootElement));
        Assert.Equal(string.Empty, StixSchemas.Instance.Validate(period.RootElement));
    }

    [Fact]
    public void Stand_ins_replace_only_types_Rapport_never_writes()
    {
        var standIns = StixSchemas.Instance.StandIns;

        Assert.NotEmpty(standIns);
        Assert.All(standIns, uri => Assert.StartsWith(StixSchemas.Base, uri, StringComparison.Ordinal));
        Assert.DoesNotContain(standIns, uri => WrittenTypes.Any(t => uri.EndsWith($"/{t}.json", StringComparison.Ordinal)));
        Assert.DoesNotContain(standIns, uri => uri.EndsWith("/core.json", StringComparison.Ordinal));
    }

    private static List<JsonElement> Objects(JsonDocument bundle, string type) =>
        bundle.RootElement.GetProperty("objects").EnumerateArray().Where(o => o.GetProperty("type").GetString() == type).ToList();

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
