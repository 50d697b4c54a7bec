using System.Text.Json;
using Rapport.Storage;

namespace Rapport.Services.Exports;

/// <summary>Reads one field of a stored fact's extraction-contract JSON (<c>docs/extraction-json.md</c>).</summary>
public static class FactPayload
{
    /// <summary>The string value of <paramref name="property"/>, or null when absent, null or not a string.</summary>
    public static string? Text(FactRecord fact, string property)
    {
        ArgumentNullException.ThrowIfNull(fact);
        using var json = JsonDocument.Parse(fact.Payload);
        return json.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    /// <summary>The first non-empty value of <paramref name="property"/> among a fact's reports, head report first.</summary>
    public static string? FirstText(CorroboratedFact fact, string property)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Reports
            .OrderBy(r => r.Span.Document.Value, StringComparer.Ordinal).ThenBy(r => r.Span.Start)
            .Select(r => Text(r, property))
            .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
    }
}
