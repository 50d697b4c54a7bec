using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Rapport.Testing;

namespace Rapport.Services.Tests.Exports;

/// <summary>
/// The OASIS STIX 2.1 JSON schemas of <c>data/schemas/stix2.1</c>, built offline with JsonSchema.Net: every file is
/// registered under its own <c>$id</c>, so every <c>$ref</c> between them resolves without the network.
/// </summary>
/// <remarks>
/// <c>bundle.json</c> lists every STIX type in a <c>oneOf</c>; only the types Rapport writes (and what they refer to)
/// are vendored. Each other type's schema is registered as a stand-in that matches nothing (<c>"not": {}</c>). That is
/// exact for Rapport's objects, not a loosening: each listed type's schema pins its own <c>type</c> value, so an
/// identity, report, relationship or note could never have matched another type's schema. The stand-ins' URIs are
/// listed in <see cref="StandIns"/>, and a test checks that none of them is a type Rapport writes.
/// </remarks>
internal sealed class StixSchemas
{
    public const string Base = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

    private static readonly Lazy<StixSchemas> Shared = new(() => new StixSchemas());

    private readonly Dictionary<string, JsonSchema> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonSchema> _byPath = new(StringComparer.Ordinal);

    private StixSchemas()
    {
        var folder = Path.Combine(RepoPaths.RepoRoot, "data", "schemas", "stix2.1");
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var vendored = new HashSet<string>(StringComparer.Ordinal);
        var references = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var node = JsonNode.Parse(text)!;
            var id = node["$id"]!.GetValue<string>();
            vendored.Add(id);
            Refs(node, new Uri(id), references);
            var schema = JsonSchema.FromText(text, options);
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            Ids[relative] = id;
            _byPath[relative] = schema;
            if (relative.StartsWith("sdos/", StringComparison.Ordinal) || relative.StartsWith("sros/", StringComparison.Ordinal))
            {
                _byType[Path.GetFileNameWithoutExtension(relative)] = schema;
            }
        }

        // properties.json refers to binary.json for custom "_bin" properties, which Rapport never writes: it is not
        // vendored (see the README) and gets no stand-in, so such a property would fail loudly rather than pass.
        StandIns = references.Where(r => !vendored.Contains(r) && !r.EndsWith("/common/binary.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        foreach (var uri in StandIns)
        {
            JsonSchema.FromText("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"" + uri + "\",\"not\":{}}", options);
        }
    }

    public static StixSchemas Instance => Shared.Value;

    public JsonSchema Bundle => _byPath["common/bundle.json"];

    /// <summary>The STIX types <c>bundle.json</c> lists by name; any other type must pass as a custom object.</summary>
    public static IReadOnlySet<string> ListedByBundle { get; } = new HashSet<string>(StringComparer.Ordinal) { "identity", "threat-actor", "report", "relationship" };

    /// <summary>Vendored files by path under <c>data/schemas/stix2.1</c>, with their <c>$id</c>.</summary>
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>The URIs registered as match-nothing stand-ins.</summary>
    public IReadOnlyList<string> StandIns { get; }

    public static EvaluationOptions Evaluation => new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>A vendored schema by its path under <c>data/schemas/stix2.1</c>.</summary>
    public JsonSchema At(string relative) => _byPath[relative];

    /// <summary>
    /// Validates a bundle: the bundle itself and its objects of the types <c>bundle.json</c> lists against
    /// <c>bundle.json</c>, and every object against its own type's schema. Notes are left out of the first check:
    /// <c>bundle.json</c> does not list <c>note</c>, and its custom-object branch (<c>oneOf</c> core or
    /// cyber-observable-core) can never pass an SDO, which matches both (see the test pinning that).
    /// </summary>
    public string Validate(JsonElement bundle)
    {
        var failures = new List<string>();
        var listed = bundle.GetProperty("objects").EnumerateArray().Where(o => ListedByBundle.Contains(o.GetProperty("type").GetString()!)).ToList();
        var envelope = new JsonObject
        {
            ["type"] = bundle.GetProperty("type").GetString(),
            ["id"] = bundle.GetProperty("id").GetString(),
            ["objects"] = new JsonArray(listed.Select(o => JsonNode.Parse(o.GetRawText())).ToArray()),
        };
        using var document = JsonDocument.Parse(envelope.ToJsonString());
        var result = Bundle.Evaluate(document.RootElement, Evaluation);
        if (!result.IsValid)
        {
            failures.Add("bundle.json: " + Failures(result));
        }

        foreach (var o in bundle.GetProperty("objects").EnumerateArray())
        {
            var type = o.GetProperty("type").GetString()!;
            if (For(type) is not { } schema)
            {
                failures.Add($"{o.GetProperty("id")}: no schema for {type}");
                continue;
            }

            var own = schema.Evaluate(o, Evaluation);
            if (!own.IsValid)
            {
                failures.Add($"{o.GetProperty("id")}: {Failures(own)}");
            }
        }

        return string.Join("\n", failures);
    }

    /// <summary>The schema of an SDO or SRO type, or null when not vendored.</summary>
    public JsonSchema? For(string type) => _byType.GetValueOrDefault(type);

    /// <summary>The failures of an evaluation, one line each, for an assertion message.</summary>
    public static string Failures(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation} ({d.EvaluationPath}): {string.Join("; ", d.Errors!.Select(e => $"{e.Key}: {e.Value}"))}")
            .Take(20));

    private static void Refs(JsonNode? node, Uri baseUri, HashSet<string> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "$ref" && value is JsonValue v && v.GetValue<string>() is { } target && !target.StartsWith('#'))
                    {
                        into.Add(new Uri(baseUri, target).AbsoluteUri);
                    }
                    else
                    {
                        Refs(value, baseUri, into);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Refs(item, baseUri, into);
                }

                break;
        }
    }
}
