using System.Runtime.CompilerServices;

namespace Rapport.Analysis.EventData;

/// <summary>
/// The line loop every event reader shares: read one line at a time (never the whole file), parse it, skip and report
/// a malformed line, and give up past <see cref="EventImportOptions.MaxErrors"/>. Memory is constant in the file size.
/// </summary>
public abstract class EventFileReader
{
    private const int FileBufferSize = 1 << 16;

    /// <summary>Creates a reader with the given tolerance.</summary>
    protected EventFileReader(EventImportOptions? options)
    {
        Options = options ?? EventImportOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(Options.MaxErrors);
    }

    /// <summary>The reader's tolerance.</summary>
    public EventImportOptions Options { get; }

    /// <summary>The dataset this reader reads.</summary>
    public abstract EventDataset Dataset { get; }

    /// <summary>A fresh report sized by <see cref="Options"/>.</summary>
    public EventImportReport NewReport() => new(Options.MaxWarningsKept);

    /// <summary>Streams the events of a text, filling <paramref name="report"/> as it goes.</summary>
    /// <exception cref="EventImportAbortedException">More than <see cref="EventImportOptions.MaxErrors"/> lines were malformed.</exception>
    public IEnumerable<CodedEvent> Read(TextReader reader, EventImportReport report)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(report);
        return ReadIterator(reader, report);
    }

    /// <summary>Streams the events of a file (UTF-8), filling <paramref name="report"/> as it goes.</summary>
    /// <exception cref="EventImportAbortedException">More than <see cref="EventImportOptions.MaxErrors"/> lines were malformed.</exception>
    public IEnumerable<CodedEvent> ReadFile(string path, EventImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReadFileIterator(path, report);
    }

    /// <summary>Streams the events of a text asynchronously, filling <paramref name="report"/> as it goes.</summary>
    /// <exception cref="EventImportAbortedException">More than <see cref="EventImportOptions.MaxErrors"/> lines were malformed.</exception>
    public async IAsyncEnumerable<CodedEvent> ReadAsync(
        TextReader reader,
        EventImportReport report,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(report);
        var state = NewLineState();
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (Accept(line, state, report) is { } coded)
            {
                yield return coded;
            }
        }
    }

    /// <summary>Per-file state, such as the column map read from a header.</summary>
    protected abstract object? NewLineState();

    /// <summary>
    /// Parses one non-blank line. Returns true with an event; true with null for a line that is not an event (a header);
    /// false with a reason for a malformed line.
    /// </summary>
    protected abstract bool TryParse(string line, long lineNumber, object? state, out CodedEvent? coded, out string? reason);

    private IEnumerable<CodedEvent> ReadIterator(TextReader reader, EventImportReport report)
    {
        var state = NewLineState();
        while (reader.ReadLine() is { } line)
        {
            if (Accept(line, state, report) is { } coded)
            {
                yield return coded;
            }
        }
    }

    private IEnumerable<CodedEvent> ReadFileIterator(string path, EventImportReport report)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.SequentialScan);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, FileBufferSize);
        foreach (var coded in ReadIterator(reader, report))
        {
            yield return coded;
        }
    }

    private CodedEvent? Accept(string line, object? state, EventImportReport report)
    {
        var lineNumber = ++report.LinesRead;
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        if (TryParse(line, lineNumber, state, out var coded, out var reason))
        {
            if (coded is not null)
            {
                report.EventsRead++;
            }

            return coded;
        }

        report.AddError(lineNumber, reason ?? "malformed line");
        if (report.ErrorCount > Options.MaxErrors)
        {
            report.Aborted = true;
            throw new EventImportAbortedException(
                report,
                $"gave up at line {lineNumber}: more than {Options.MaxErrors} malformed lines; is this a {Dataset} file? (line {lineNumber}: {reason})");
        }

        return null;
    }
}
