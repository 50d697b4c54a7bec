using System.Text;
using System.Text.Json;
using Rapport.Model;
using Rapport.Services.Exports;
using Rapport.Testing;

namespace Rapport.Services.Tests.Exports;

[Collection(ExportCollection.Name)]
public sealed class FtmExportTests
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Allowed = new(LoadAllowed);

    private readonly ExportStore _kb;

    public FtmExportTests(ExportStore kb) => _kb = kb;

    [Fact]
    public async Task Every_line_is_one_entity_with_a_FollowTheMoney_schema_and_only_that_schemas_properties()
    {
        var entities = Lines(await _kb.FtmAsync());

        Assert.NotEmpty(entities);
        Assert.All(entities, e =>
        {
            var schema = e.GetProperty("schema").GetString()!;
            Assert.True(Allowed.Value.TryGetValue(schema, out var properties), $"unknown schema {schema}");
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("id").GetString()));
            foreach (var property in e.GetProperty("properties").EnumerateObject())
            {
                Assert.True(properties.Contains(property.Name), $"{schema} has no property {property.Name}");
                Assert.All(property.Value.EnumerateArray(), v => Assert.Equal(JsonValueKind.String, v.ValueKind));
            }
        });
        var schemas = entities.Select(e => e.GetProperty("schema").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Document", "Person", "Organization", "PublicBody", "Membership", "Event", "Documentation", "UnknownLink" }, schemas);
    }

    [Fact]
    public async Task Ids_are_unique_and_every_entity_reference_points_at_an_exported_entity()
    {
        var entities = Lines(await _kb.FtmAsync());
        var ids = entities.Select(e => e.GetProperty("id").GetString()).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        var known = ids.ToHashSet();
        string[] references = ["member", "organization", "involved", "document", "entity", "subject", "object", "proof"];
        Assert.All(entities, e =>
        {
            foreach (var property in e.GetProperty("properties").EnumerateObject().Where(p => references.Contains(p.Name)))
            {
                Assert.All(property.Value.EnumerateArray(), v => Assert.Contains(v.GetString(), known));
            }
        });
    }

    [Fact]
    public async Task Meetings_are_events_with_date_location_and_participants_and_support_is_a_link_with_its_verb()
    {
        var entities = Lines(await _kb.FtmAsync());

        var visit = Assert.Single(entities, e => e.GetProperty("schema").GetString() == "Event"
            && Values(e, "date").Contains("2014-12-08") && Values(e, "location").Contains("Tehran"));
        Assert.True(Values(visit, "involved").Count >= 2);
        Assert.Contains(entities, e => e.GetProperty("schema").GetString() == "UnknownLink" && Values(e, "role").Contains("provides weapons to"));
    }

    [Fact]
    public async Task Two_exports_are_byte_identical_and_hostile_text_stays_verbatim_in_string_values()
    {
        var first = await _kb.FtmAsync();

        Assert.Equal(first, await _kb.FtmAsync());
        var values = Lines(first).SelectMany(e => e.GetProperty("properties").EnumerateObject()).SelectMany(p => p.Value.EnumerateArray()).Select(v => v.GetString()!).ToList();
        Assert.Contains(values, v => v.Contains(ExportStore.Script, StringComparison.Ordinal) && v.Contains(ExportStore.Template, StringComparison.Ordinal));
        Assert.Contains(ExportStore.Formula, values);
        Assert.DoesNotContain("<script>", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dyad_export_holds_only_the_dyads_facts()
    {
        var all = Lines(await _kb.FtmAsync());
        var dyad = Lines(await _kb.FtmAsync(new ExportScope(SideA: "Iran", SideB: "Hamas", From: new YearMonth(2014, 1))));

        Assert.True(dyad.Count(e => e.GetProperty("schema").GetString() == "Event") < all.Count(e => e.GetProperty("schema").GetString() == "Event"));
        Assert.Contains(dyad, e => e.GetProperty("schema").GetString() == "UnknownLink");
        Assert.DoesNotContain(dyad, e => Values(e, "name").Any(n => n.Contains("Erdogan", StringComparison.Ordinal)));
    }

    private static List<JsonElement> Lines(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
    }

    private static List<string> Values(JsonElement entity, string property) =>
        entity.GetProperty("properties").TryGetProperty(property, out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : [];

    // data/schemas/ftm/schemata.tsv: schema, parents, own properties; a schema allows its own and its ancestors'.
    private static Dictionary<string, HashSet<string>> LoadAllowed()
    {
        var rows = File.ReadAllLines(Path.Combine(RepoPaths.RepoRoot, "data", "schemas", "ftm", "schemata.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(c => c[0], c => (Parents: c[1].Split(',', StringSplitOptions.RemoveEmptyEntries), Own: c[2].Split(',', StringSplitOptions.RemoveEmptyEntries)));
        HashSet<string> Of(string schema) => [.. rows[schema].Own, .. rows[schema].Parents.SelectMany(Of)];
        return rows.Keys.ToDictionary(k => k, Of);
    }
}
