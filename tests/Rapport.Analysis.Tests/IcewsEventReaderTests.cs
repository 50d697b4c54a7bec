using Rapport.Analysis.EventData;
using Rapport.Model;
using Rapport.Testing.EventData;

namespace Rapport.Analysis.Tests;

public sealed class IcewsEventReaderTests
{
    private static readonly CameoCodebook Codebook = CameoCodebook.LoadDefault();

    [Fact]
    public void An_icews_record_becomes_a_coded_event_with_its_quad_class_from_the_codebook()
    {
        var reader = new IcewsEventReader(Codebook);
        var report = reader.NewReport();
        var coded = Assert.Single(reader.Read(new StringReader(EventFiles.Icews(EventFiles.Sample(code: "072", goldstein: 8.3))), report));

        Assert.Equal(EventDataset.Icews, coded.Dataset);
        Assert.Equal("1001", coded.RecordId);
        Assert.Equal(PartialDate.OfDay(2017, 8, 14), coded.Date);
        Assert.Equal(new EventActor(null, "ACTOR A", "XAA"), coded.Source);
        Assert.Equal(new EventActor(null, "ACTOR B", "XBB"), coded.Target);
        Assert.Equal("072", coded.CameoCode);
        Assert.Equal(8.3, coded.Goldstein);
        Assert.Equal(QuadClass.MaterialCooperation, coded.QuadClass);
        Assert.Equal("7007", coded.SourceReference);
        Assert.Equal(new EventLocation("Place 1, Province XAA, XAA", "XAA", 33.5, 36.25), coded.Location);
        Assert.Equal(2, coded.LineNumber);
        Assert.Equal(2, report.LinesRead);
    }

    [Fact]
    public void Columns_are_found_by_header_name_in_any_order()
    {
        var order = new[] { 7, 6, 0, 1, 8, 2, 11, 19, 18 };
        var header = string.Join('\t', order.Select(i => EventFileWriter.IcewsColumns[i]));
        var fields = EventFileWriter.IcewsFields(EventFiles.Sample(code: "043", goldstein: 2.8));
        var row = string.Join('\t', order.Select(i => fields[i]));

        var reader = new IcewsEventReader(Codebook);
        var coded = Assert.Single(reader.Read(new StringReader(header + "\n" + row + "\n"), reader.NewReport()));
        Assert.Equal("043", coded.CameoCode);
        Assert.Equal(2.8, coded.Goldstein);
        Assert.Equal("ACTOR B", coded.Target.Name);
        Assert.Null(coded.Source.Country);
        Assert.Equal(new EventLocation(null, null, 33.5, 36.25), coded.Location);
    }

    [Fact]
    public void A_code_that_lost_its_leading_zero_is_restored()
    {
        var line = EventFiles.Icews(EventFiles.Sample()).Split('\n');
        var text = line[0] + "\n" + EventFiles.WithField(line[1], 6, "42");
        var reader = new IcewsEventReader(Codebook);
        Assert.Equal("042", Assert.Single(reader.Read(new StringReader(text), reader.NewReport())).CameoCode);
    }

    [Fact]
    public void Without_a_codebook_the_quad_class_comes_from_the_root()
    {
        var reader = new IcewsEventReader();
        var coded = Assert.Single(reader.Read(new StringReader(EventFiles.Icews(EventFiles.Sample(code: "190", goldstein: -10))), reader.NewReport()));
        Assert.Equal(QuadClass.MaterialConflict, coded.QuadClass);
    }

    [Theory]
    [InlineData(1, "14/08/2017", "Event Date")]
    [InlineData(1, "2017-02-30", "Event Date")]
    [InlineData(0, "", "Event ID")]
    [InlineData(6, "999", "CAMEO Code")]
    [InlineData(7, "-11", "Intensity")]
    public void A_malformed_record_is_skipped_and_reported(int column, string value, string expected)
    {
        var lines = EventFiles.Icews(EventFiles.Sample(1), EventFiles.Sample(2)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = lines[0] + "\n" + EventFiles.WithField(lines[1], column, value) + lines[2] + "\n";
        var reader = new IcewsEventReader(Codebook);
        var report = reader.NewReport();
        var coded = Assert.Single(reader.Read(new StringReader(text), report));
        Assert.Equal("2", coded.RecordId);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal(2, warning.LineNumber);
        Assert.Contains(expected, warning.Reason);
    }

    [Fact]
    public void A_record_with_the_wrong_number_of_columns_is_reported()
    {
        var lines = EventFiles.Icews(EventFiles.Sample()).Split('\n');
        var reader = new IcewsEventReader(Codebook);
        var report = reader.NewReport();
        Assert.Empty(reader.Read(new StringReader(lines[0] + "\n" + lines[1] + "\textra\n"), report));
        Assert.Contains("21 columns", report.Warnings.Single().Reason);
    }

    [Fact]
    public void A_file_without_the_icews_header_gives_up()
    {
        var text = EventFiles.Gdelt(GdeltLayout.Version1, EventFiles.Sample(1), EventFiles.Sample(2), EventFiles.Sample(3));
        var reader = new IcewsEventReader(Codebook, new EventImportOptions(MaxErrors: 2));
        var report = reader.NewReport();
        Assert.Throws<EventImportAbortedException>(() => reader.Read(new StringReader(text), report).ToList());
        Assert.Contains("not an ICEWS event file", report.Warnings[0].Reason);
    }

    [Fact]
    public void A_generated_icews_file_is_read_back_in_full()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rapport-icews-{Guid.NewGuid():N}.tab");
        try
        {
            var written = new EventDataGenerator(seed: 17).WriteIcewsFile(path, 128 * 1024, new DateOnly(2015, 1, 1), new DateOnly(2019, 12, 31));
            var reader = new IcewsEventReader(Codebook);
            var report = reader.NewReport();
            Assert.Equal(written, reader.ReadFile(path, report).LongCount());
            Assert.Equal(0, report.ErrorCount);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
