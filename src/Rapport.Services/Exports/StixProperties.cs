using System.Text.Json;
using Rapport.Model;

namespace Rapport.Services.Exports;

/// <summary>Writes the properties several STIX object types share: the common ones and external references.</summary>
public static class StixProperties
{
    /// <summary>The STIX version every object declares.</summary>
    public const string SpecVersion = "2.1";

    /// <summary>The <c>source_name</c> of references to Rapport's own documents and facts.</summary>
    public const string RapportSource = "rapport";

    /// <summary>Starts an object and writes <c>type</c>, <c>spec_version</c>, <c>id</c>, <c>created</c> and <c>modified</c> (equal: each export states one version).</summary>
    public static void Common(Utf8JsonWriter json, string type, string id, string timestamp)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("spec_version", SpecVersion);
        json.WriteString("id", id);
        json.WriteString("created", timestamp);
        json.WriteString("modified", timestamp);
    }

    /// <summary>Writes a string array, or nothing when it is empty (STIX lists need at least one item).</summary>
    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(json);
        var list = values.ToList();
        if (list.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in list)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// The <c>external_references</c> of a fact: one per cited outlet (the outlet's name, the fact's date and the
    /// outlet's grade) and one per report pointing into the document (<c>doc:ID#START-END</c>) with the
    /// document's title and how the fact was found.
    /// </summary>
    public static void Citations(
        Utf8JsonWriter json,
        string what,
        PartialDate date,
        IEnumerable<(string Outlet, ReliabilityGrade Grade)> outlets,
        IEnumerable<(Span Span, string Description)> reports)
    {
        ArgumentNullException.ThrowIfNull(json);
        var cited = outlets.OrderBy(o => o.Outlet, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.Outlet, StringComparer.Ordinal).ToList();
        var spans = reports.OrderBy(r => r.Span.Document.Value, StringComparer.Ordinal).ThenBy(r => r.Span.Start).ThenBy(r => r.Span.End).ToList();
        if (cited.Count == 0 && spans.Count == 0)
        {
            return;
        }

        json.WriteStartArray("external_references");
        foreach (var (outlet, grade) in cited)
        {
            json.WriteStartObject();
            json.WriteString("source_name", OutletName(outlet));
            json.WriteString("description", $"cited for this {what} dated {date.ToIsoString() ?? "(undated)"}; outlet graded {grade}");
            json.WriteEndObject();
        }

        foreach (var (span, description) in spans)
        {
            json.WriteStartObject();
            json.WriteString("source_name", RapportSource);
            json.WriteString("description", description);
            json.WriteString("external_id", $"doc:{span.Document.Value}#{span.Start}-{span.End}");
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // The schema reserves the source names "cve" and "capec" for vulnerability identifiers; an outlet spelt so is
    // marked as an outlet rather than read as one of them.
    private static string OutletName(string outlet) => outlet is "cve" or "capec" ? outlet + " (outlet)" : outlet;
}
