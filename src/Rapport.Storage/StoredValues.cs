using Rapport.Model;

namespace Rapport.Storage;

/// <summary>How model values are written in database columns, the same in every backend.</summary>
public static class StoredValues
{
    /// <summary>The column value for a format.</summary>
    public static string Format(DocumentFormat format) => format switch
    {
        DocumentFormat.Text => "text",
        DocumentFormat.Markdown => "markdown",
        DocumentFormat.Html => "html",
        DocumentFormat.Pdf => "pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format for a column value.</summary>
    /// <exception cref="StoreException">The value is not one Rapport writes.</exception>
    public static DocumentFormat ParseFormat(string value) => value switch
    {
        "text" => DocumentFormat.Text,
        "markdown" => DocumentFormat.Markdown,
        "html" => DocumentFormat.Html,
        "pdf" => DocumentFormat.Pdf,
        _ => throw new StoreException($"the store holds an unknown document format '{value}'"),
    };

    /// <summary>The column value for a partial date: its ISO form, or null when unknown.</summary>
    public static string? Date(PartialDate date) => date.ToIsoString();

    /// <summary>The partial date for a column value.</summary>
    public static PartialDate ParseDate(string? value) =>
        PartialDate.TryParse(value, out var date) ? date : throw new StoreException($"the store holds an invalid date '{value}'");
}
