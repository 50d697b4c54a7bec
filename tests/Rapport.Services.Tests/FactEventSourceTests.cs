using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services.Tests;

public sealed class FactEventSourceTests
{
    private static readonly DocumentId Document = DocumentId.ForText("a document");

    [Fact]
    public void A_rapport_event_names_the_fact_and_span_it_was_coded_from()
    {
        var e = new EventRecord(FactEvents.Origin, $"{Document.Value}:120-380:meeting:042:IRN>HAM", PartialDate.OfDay(2017, 10, 20), "IRN", "Iran", "HAM", "Hamas", "042", 1, 1.9, null, Document);

        Assert.True(FactEvents.TryGetSource(e, out var fact, out var span));
        Assert.Equal("meeting", fact);
        Assert.Equal(new Span(Document, 120, 380), span);
        Assert.Equal($"meeting:{Document.Short}@120", FactEvents.HandleOf(e));
    }

    [Theory]
    [InlineData("700000001")]
    [InlineData("x:12-:meeting:042")]
    [InlineData("x:30-20:meeting:042")]
    public void An_imported_or_malformed_event_has_no_source(string recordId)
    {
        var e = new EventRecord("gdelt2", recordId, PartialDate.OfDay(2017, 10, 20), "IRN", null, "PSE", null, "042", 1, 1.9, null, recordId.Contains(':', StringComparison.Ordinal) ? Document : null);

        Assert.False(FactEvents.TryGetSource(e, out _, out _));
        Assert.Null(FactEvents.HandleOf(e));
    }
}
