using Rapport.Model;

namespace Rapport.Model.Tests;

public sealed class SpanTests
{
    private static readonly DocumentId Document = DocumentId.ForText("The IRGC's Qods Force.");

    [Fact]
    public void A_span_slices_its_characters_from_the_text()
    {
        var span = new Span(Document, 11, 21);

        Assert.Equal("Qods Force", span.Slice("The IRGC's Qods Force."));
        Assert.Equal(10, span.Length);
        Assert.Equal($"{Document.Short}[11,21)", span.ToString());
    }

    [Fact]
    public void An_empty_span_is_allowed()
    {
        var span = new Span(Document, 4, 4);

        Assert.Equal(0, span.Length);
        Assert.Equal(string.Empty, span.Slice("The IRGC's Qods Force."));
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(5, 4)]
    [InlineData(-2, -1)]
    public void A_negative_start_or_an_end_before_the_start_is_refused(int start, int end)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Span(Document, start, end));
    }
}
