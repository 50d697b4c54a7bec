using Rapport.Model;

namespace Rapport.Storage.Tests;

/// <summary>Builds documents for tests; every field has a plausible value unless a test says otherwise.</summary>
internal static class Documents
{
    // Whole microseconds, in a non-UTC offset: both stores keep the instant to the microsecond.
    public static readonly DateTimeOffset IngestedAt = new DateTimeOffset(2024, 3, 5, 14, 30, 15, 123, TimeSpan.FromHours(2)).AddTicks(4560);

    public static Document Make(
        string text,
        string title = "A report",
        string origin = "/corpus/report.txt",
        string? publisher = "Example Institute",
        PartialDate publishedOn = default,
        string language = "en",
        DocumentFormat format = DocumentFormat.Text) =>
        new(DocumentId.ForText(text), title, origin, publisher, publishedOn, language, format, text, IngestedAt);
}
