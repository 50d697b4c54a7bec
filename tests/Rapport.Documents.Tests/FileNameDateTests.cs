using System.Text;
using Rapport.Model;

namespace Rapport.Documents.Tests;

public sealed class FileNameDateTests
{
    [Theory]
    [InlineData("corpus/2024-12-12-wire-ankara.txt", "2024-12-12")]
    [InlineData("2024-12-wire-ankara.txt", "2024-12")]
    [InlineData("20241212 readout.html", "2024-12-12")]
    [InlineData("2024_03_05_brief.md", "2024-03-05")]
    [InlineData("2023-02-30-notes.txt", "2023-02")]
    public void A_file_name_opening_on_a_date_gives_it_to_the_day_or_month(string path, string iso) =>
        Assert.Equal(iso, FileNameDate.Of(path).ToIsoString());

    [Theory]
    [InlineData("itic-2018-iran-hamas.txt")]
    [InlineData("20245-notes.txt")]
    [InlineData("2024-13-notes.txt")]
    [InlineData("1234-brief.txt")]
    public void Other_file_names_give_no_date(string path) => Assert.False(FileNameDate.Of(path).IsKnown);

    [Fact]
    public void The_file_name_dates_a_document_only_when_its_text_gives_no_date()
    {
        var reader = new DocumentReader();
        var undated = Assert.IsType<ReadDocument>(reader.Read("2024-12-wire.txt", DocumentFormat.Text, Encoding.UTF8.GetBytes("ANKARA (Wire) - Talks went on.")));
        Assert.Equal(PartialDate.OfMonth(2024, 12), undated.Document.PublishedOn);

        var dated = Assert.IsType<ReadDocument>(reader.Read("2024-12-wire.txt", DocumentFormat.Text, Encoding.UTF8.GetBytes("Published: 3 January 2025\n\nTalks went on.")));
        Assert.Equal(PartialDate.OfDay(2025, 1, 3), dated.Document.PublishedOn);
    }
}
