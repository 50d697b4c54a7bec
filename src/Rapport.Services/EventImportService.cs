using Rapport.Analysis.EventData;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// Imports established event data (GDELT 1.0/2.0, ICEWS) into the store, streamed line by line in batches so
/// memory stays flat whatever the file's size, and in one transaction so a failed import changes nothing.
/// Importing the same file again adds nothing.
/// </summary>
public sealed class EventImportService
{
    private const int BatchSize = 5_000;

    private readonly IKnowledgeStore _store;
    private readonly EventImportOptions _options;

    /// <summary>Creates the service.</summary>
    public EventImportService(IKnowledgeStore store, EventImportOptions? options = null)
    {
        _store = store;
        _options = options ?? EventImportOptions.Default;
    }

    /// <summary>The origin names stored for each dataset.</summary>
    public static string OriginOf(EventDataset dataset) => dataset switch
    {
        EventDataset.Gdelt1 => "gdelt1",
        EventDataset.Gdelt2 => "gdelt2",
        EventDataset.Icews => "icews",
        _ => "rapport",
    };

    /// <summary>Imports one file.</summary>
    /// <param name="dataset">The file's layout; GDELT 1.0 and 2.0 are told apart by column count when <see cref="EventDataset.Gdelt1"/> is given.</param>
    /// <param name="path">The file.</param>
    /// <param name="progress">Told the number of events read after each batch.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is kept.</param>
    /// <exception cref="UserErrorException">The file is missing, or too many of its lines are malformed.</exception>
    public async Task<EventImportResult> ImportAsync(EventDataset dataset, string path, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new UserErrorException($"{path}: no such file");
        }

        EventFileReader reader = dataset == EventDataset.Icews ? new IcewsEventReader(CameoCodebook.LoadDefault(), _options) : new GdeltEventReader(dataset, _options);
        var report = reader.NewReport();
        long read = 0;
        long added = 0;
        await using var writer = await _store.BeginEventsAsync(cancellationToken).ConfigureAwait(false);
        var batch = new List<EventRecord>(BatchSize);
        try
        {
            foreach (var coded in reader.ReadFile(path, report))
            {
                cancellationToken.ThrowIfCancellationRequested();
                batch.Add(ToRecord(coded));
                if (batch.Count == BatchSize)
                {
                    added += await writer.AddAsync(batch, cancellationToken).ConfigureAwait(false);
                    read += batch.Count;
                    batch.Clear();
                    progress?.Report(read);
                }
            }
        }
        catch (EventImportAbortedException ex)
        {
            throw new UserErrorException($"{path}: {ex.Message}; nothing was imported", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"{path}: cannot read ({ex.Message.ReplaceLineEndings(" ")}); nothing was imported", ex);
        }

        added += await writer.AddAsync(batch, cancellationToken).ConfigureAwait(false);
        read += batch.Count;
        await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
        progress?.Report(read);
        return new EventImportResult(path, reader.Dataset, read, added, report);
    }

    /// <summary>GDELT 1.0 (57 or 58 columns) or 2.0 (61 columns), from the first line of the file.</summary>
    /// <exception cref="UserErrorException">The file is missing, empty or of neither width.</exception>
    public static EventDataset DetectGdeltVersion(string path)
    {
        string? first;
        try
        {
            using var reader = new StreamReader(path);
            first = reader.ReadLine();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"{path}: cannot read ({ex.Message.ReplaceLineEndings(" ")})", ex);
        }

        var columns = first is null ? 0 : first.Count(c => c == '\t') + 1;
        return columns switch
        {
            57 or 58 => EventDataset.Gdelt1,
            61 => EventDataset.Gdelt2,
            _ => throw new UserErrorException($"{path}: line 1 has {columns} tab-separated columns; GDELT 1.0 has 57 or 58 and GDELT 2.0 has 61"),
        };
    }

    /// <summary>The store's record of an imported event; actors are keyed by their CAMEO code, else their name.</summary>
    public static EventRecord ToRecord(CodedEvent coded)
    {
        ArgumentNullException.ThrowIfNull(coded);
        return new EventRecord(
            OriginOf(coded.Dataset),
            coded.RecordId,
            coded.Date,
            coded.Source.Code ?? coded.Source.Name,
            coded.Source.Name,
            coded.Target.Code ?? coded.Target.Name,
            coded.Target.Name,
            coded.CameoCode,
            (int)coded.QuadClass,
            coded.Goldstein,
            coded.SourceReference);
    }
}
