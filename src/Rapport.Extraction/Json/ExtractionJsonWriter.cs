using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rapport.Model;

namespace Rapport.Extraction.Json;

/// <summary>Writes an <see cref="ExtractionResult"/> as the JSON contract described in <c>docs/extraction-json.md</c>.</summary>
public static class ExtractionJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON text of <paramref name="result"/>.</summary>
    /// <param name="result">What was extracted.</param>
    /// <param name="documentName">The document's file name, when known.</param>
    public static string Write(ExtractionResult result, string? documentName = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteStartObject("document");
            w.WriteString("id", result.Document.ToString());
            w.WriteString("name", documentName);
            w.WriteString("date", result.DocumentDate.ToIsoString());
            w.WriteEndObject();

            w.WriteStartArray("actors");
            foreach (var a in result.Actors)
            {
                w.WriteStartObject();
                w.WriteString("name", a.Ref.Name);
                w.WriteString("type", a.Kind switch { ActorKind.Person => "person", ActorKind.State => "state", _ => "organization" });
                Strings(w, "aliases_in_text", a.AliasesInText);
                w.WriteString("affiliation", a.Affiliation?.Name);
                w.WriteString("role", a.Role);
                Provenance(w, a.Provenance);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("statements");
            foreach (var s in result.Statements)
            {
                w.WriteStartObject();
                w.WriteString("speaker", s.Speaker.Name);
                w.WriteString("speaker_role", s.SpeakerRole);
                w.WriteString("organization", s.Organization?.Name);
                Date(w, s.Date);
                Strings(w, "sources", s.Citations.Select(c => c.Source).Distinct());
                Strings(w, "topics", s.Topics);
                w.WriteString("text", s.Content.Slice(result.Text));
                Provenance(w, s.Provenance);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("meetings");
            foreach (var m in result.Meetings)
            {
                w.WriteStartObject();
                Date(w, m.Date);
                w.WriteString("location", m.Location);
                w.WriteString("kind", Kind(m.Kind));
                Strings(w, "participants_side_a", m.SideA.Select(p => p.Name));
                Strings(w, "participants_side_b", m.SideB.Select(p => p.Name));
                Strings(w, "sources", m.Citations.Select(c => c.Source).Distinct());
                Provenance(w, m.Provenance);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("support");
            foreach (var c in result.Support)
            {
                w.WriteStartObject();
                w.WriteString("supporter", c.Supporter.Name);
                w.WriteString("recipient", c.Recipient.Name);
                w.WriteString("kind", c.Kind.ToString().ToLowerInvariant() switch { "knowhow" => "know-how", var k => k });
                Provenance(w, c.Provenance);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("assessments");
            foreach (var a in result.Assessments)
            {
                w.WriteStartObject();
                w.WriteString("expression", a.Expression);
                w.WriteString("likelihood", a.Likelihood.ToString());
                var (low, high) = a.Likelihood.PercentRange();
                w.WriteNumber("percent_low", low);
                w.WriteNumber("percent_high", high);
                w.WriteString("text", a.Provenance.Span.Slice(result.Text));
                Provenance(w, a.Provenance);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The contract's name of a meeting kind.</summary>
    public static string Kind(MeetingKind kind) => kind switch
    {
        MeetingKind.Visit => "visit",
        MeetingKind.PhoneCall => "phone call",
        MeetingKind.Ceremony => "ceremony",
        _ => "meeting",
    };

    private static void Date(Utf8JsonWriter w, PartialDate date)
    {
        w.WriteString("date", date.ToIsoString());
        w.WriteString("date_precision", date.Precision.ToString().ToLowerInvariant());
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Provenance(Utf8JsonWriter w, Provenance provenance)
    {
        w.WriteStartObject("span");
        w.WriteNumber("start", provenance.Span.Start);
        w.WriteNumber("end", provenance.Span.End);
        w.WriteEndObject();
        w.WriteString("rule", provenance.Rule.ToString());
    }
}
