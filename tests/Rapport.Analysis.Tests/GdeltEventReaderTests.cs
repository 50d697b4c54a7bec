using Rapport.Analysis.EventData;
using Rapport.Model;
using Rapport.Testing.EventData;

namespace Rapport.Analysis.Tests;

public sealed class GdeltEventReaderTests
{
    [Theory]
    [InlineData(GdeltLayout.Version1WithoutUrl, 57)]
    [InlineData(GdeltLayout.Version1, 58)]
    [InlineData(GdeltLayout.Version2, 61)]
    public void The_generator_writes_the_documented_column_counts(GdeltLayout layout, int columns) =>
        Assert.Equal(columns, EventFileWriter.GdeltFields(EventFiles.Sample(), layout).Length);

    [Fact]
    public void A_gdelt1_record_becomes_a_coded_event_with_every_field()
    {
        var reader = new GdeltEventReader(EventDataset.Gdelt1);
        var report = reader.NewReport();
        var coded = Assert.Single(reader.Read(new StringReader(EventFiles.Gdelt(GdeltLayout.Version1, EventFiles.Sample())), report));

        Assert.Equal(EventDataset.Gdelt1, coded.Dataset);
        Assert.Equal("1001", coded.RecordId);
        Assert.Equal(PartialDate.OfDay(2017, 8, 14), coded.Date);
        Assert.Equal(new EventActor("XAAGOV", "ACTOR A", "XAA"), coded.Source);
        Assert.Equal(new EventActor("XBBREB", "ACTOR B", "XBB"), coded.Target);
        Assert.Equal("042", coded.CameoCode);
        Assert.Equal("04", coded.Root);
        Assert.Equal(1.9, coded.Goldstein);
        Assert.Equal(QuadClass.VerbalCooperation, coded.QuadClass);
        Assert.Equal("https://news.example.org/2017/08/14/story", coded.SourceReference);
        Assert.Equal(new EventLocation("Place 1", "XAA", 33.5, 36.25), coded.Location);
        Assert.Equal(1, coded.LineNumber);
        Assert.Equal(1, report.EventsRead);
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void A_gdelt1_record_from_before_april_2013_has_no_source_url()
    {
        var reader = new GdeltEventReader(EventDataset.Gdelt1);
        var coded = Assert.Single(reader.Read(new StringReader(EventFiles.Gdelt(GdeltLayout.Version1WithoutUrl, EventFiles.Sample())), reader.NewReport()));
        Assert.Null(coded.SourceReference);
        Assert.Equal("Place 1", coded.Location!.Name);
    }

    [Fact]
    public void A_gdelt2_record_is_read_past_the_extra_adm2_columns()
    {
        var reader = new GdeltEventReader(EventDataset.Gdelt2);
        var coded = Assert.Single(reader.Read(new StringReader(EventFiles.Gdelt(GdeltLayout.Version2, EventFiles.Sample(code: "0211", goldstein: 3.4))), reader.NewReport()));
        Assert.Equal(EventDataset.Gdelt2, coded.Dataset);
        Assert.Equal("0211", coded.CameoCode);
        Assert.Equal(3.4, coded.Goldstein);
        Assert.Equal(new EventLocation("Place 1", "XAA", 33.5, 36.25), coded.Location);
        Assert.Equal("https://news.example.org/2017/08/14/story", coded.SourceReference);
    }

    [Fact]
    public void A_gdelt2_file_is_not_read_as_gdelt1()
    {
        var reader = new GdeltEventReader(EventDataset.Gdelt1);
        var report = reader.NewReport();
        Assert.Empty(reader.Read(new StringReader(EventFiles.Gdelt(GdeltLayout.Version2, EventFiles.Sample())), report));
        Assert.Contains("61 columns", report.Warnings.Single().Reason);
    }

    [Theory]
    [InlineData(1, "2017-08-14", "SQLDATE")]
    [InlineData(1, "20170231", "SQLDATE")]
    [InlineData(0, "", "GLOBALEVENTID")]
    [InlineData(26, "4x", "EventCode")]
    [InlineData(26, "21", "EventCode")]
    [InlineData(29, "5", "QuadClass")]
    [InlineData(30, "abc", "GoldsteinScale")]
    [InlineData(30, "12.5", "GoldsteinScale")]
    public void A_malformed_field_skips_the_line_with_its_number_and_reason(int column, string value, string expected)
    {
        var good = EventFiles.Gdelt(GdeltLayout.Version1, EventFiles.Sample(1), EventFiles.Sample(3));
        var lines = good.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var bad = EventFiles.WithField(lines[0], column, value);
        var text = lines[0] + "\n" + bad + lines[1] + "\n";

        var reader = new GdeltEventReader(EventDataset.Gdelt1);
        var report = reader.NewReport();
        var events = reader.Read(new StringReader(text), report).ToList();

        Assert.Equal(["1", "3"], events.Select(e => e.RecordId));
        var warning = Assert.Single(report.Warnings);
        Assert.Equal(2, warning.LineNumber);
        Assert.Contains(expected, warning.Reason);
        Assert.Equal(3, report.LinesRead);
    }

    [Fact]
    public void A_truncated_line_and_blank_lines_do_not_stop_the_import()
    {
        var line = EventFiles.Gdelt(GdeltLayout.Version1, EventFiles.Sample(7));
        var text = "\n" + line[..200] + "\n\n" + line;
        var reader = new GdeltEventReader(EventDataset.Gdelt1);
        var report = reader.NewReport();
        var coded = Assert.Single(reader.Read(new StringReader(text), report));
        Assert.Equal(4, coded.LineNumber);
        Assert.Equal(2, report.Warnings.Single().LineNumber);
    }

    [Fact]
    public void Empty_actor_fields_become_null()
    {
        var line = EventFiles.Gdelt(GdeltLayout.Version1, EventFiles.Sample());
        foreach (var column in new[] { 15, 16, 17 })
        {
            line = EventFiles.WithField(line, column, string.Empty);
        }

        var reader = new GdeltEventReader(EventDataset.Gdelt1);
        var coded = Assert.Single(reader.Read(new StringReader(line), reader.NewReport()));
        Assert.True(coded.Target.IsEmpty);
        Assert.Null(coded.Target.Country);
    }

    [Fact]
    public void Too_many_malformed_lines_abort_with_the_report()
    {
        var text = string.Concat(Enumerable.Repeat("not\ta\tgdelt\tline\n", 10));
        var reader = new GdeltEventReader(EventDataset.Gdelt1, new EventImportOptions(MaxErrors: 3, MaxWarningsKept: 2));
        var report = reader.NewReport();
        var error = Assert.Throws<EventImportAbortedException>(() => reader.Read(new StringReader(text), report).ToList());
        Assert.Same(report, error.Report);
        Assert.True(report.Aborted);
        Assert.Equal(4, report.ErrorCount);
        Assert.Equal(2, report.Warnings.Count);
        Assert.Contains("line 4", error.Message);
    }

    [Fact]
    public void Reading_is_lazy_and_streams_line_by_line()
    {
        var generator = new EventDataGenerator(seed: 3);
        var reader = new GdeltEventReader(EventDataset.Gdelt1);
        var report = reader.NewReport();
        using var source = new CountingReader(Enumerable.Range(0, 1000)
            .Select(_ => EventFiles.Gdelt(GdeltLayout.Version1, generator.Next(new DateOnly(2016, 1, 1), new DateOnly(2018, 12, 31)))));

        var firstTen = reader.Read(source, report).Take(10).ToList();

        Assert.Equal(10, firstTen.Count);
        Assert.Equal(10, source.LinesHandedOut);
    }

    [Fact]
    public async Task The_async_reader_returns_the_same_events()
    {
        var generator = new EventDataGenerator(seed: 5);
        var text = string.Concat(Enumerable.Range(0, 200)
            .Select(_ => EventFiles.Gdelt(GdeltLayout.Version2, generator.Next(new DateOnly(2016, 1, 1), new DateOnly(2018, 12, 31)))));
        var reader = new GdeltEventReader(EventDataset.Gdelt2);

        var sync = reader.Read(new StringReader(text), reader.NewReport()).ToList();
        var asynchronous = new List<CodedEvent>();
        await foreach (var coded in reader.ReadAsync(new StringReader(text), reader.NewReport()))
        {
            asynchronous.Add(coded);
        }

        Assert.Equal(200, sync.Count);
        Assert.Equal(sync, asynchronous);
    }

    [Fact]
    public void A_generated_file_is_read_back_in_full_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rapport-gdelt-{Guid.NewGuid():N}.CSV");
        try
        {
            var written = new EventDataGenerator(seed: 11).WriteGdeltFile(path, 256 * 1024, GdeltLayout.Version1, new DateOnly(2015, 1, 1), new DateOnly(2019, 12, 31));
            var reader = new GdeltEventReader(EventDataset.Gdelt1);
            var report = reader.NewReport();
            var count = reader.ReadFile(path, report).LongCount();
            Assert.Equal(written, count);
            Assert.Equal(0, report.ErrorCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Only_gdelt_versions_are_accepted() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GdeltEventReader(EventDataset.Icews));

    /// <summary>A reader that hands out one prepared line at a time and counts them.</summary>
    private sealed class CountingReader(IEnumerable<string> lines) : TextReader
    {
        private readonly IEnumerator<string> _lines = lines.GetEnumerator();

        public int LinesHandedOut { get; private set; }

        public override string? ReadLine()
        {
            if (!_lines.MoveNext())
            {
                return null;
            }

            LinesHandedOut++;
            return _lines.Current.TrimEnd('\n');
        }

        protected override void Dispose(bool disposing)
        {
            _lines.Dispose();
            base.Dispose(disposing);
        }
    }
}
