using System.Diagnostics;
using System.Threading.Channels;
using Rapport.Documents;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// Ingests files and folders into a store: reads each input, stores what reads cleanly, and reports every
/// rejection with its path and reason. Idempotent: the same text twice adds nothing.
/// </summary>
/// <remarks>
/// Reading (decoding, hashing, extraction) runs ahead on other threads while the consumer commits documents in
/// batches, one transaction each, so a large ingest is bound by the store rather than by one commit per file.
/// A batch is all-or-nothing: a crash never leaves part of a document, and progress is reported only for documents
/// whose batch has committed. Memory stays flat: inputs are streamed and only counts and rejections are kept.
/// </remarks>
public sealed class IngestService
{
    // Documents read ahead of the committer; enough to keep a batch in hand while the previous one commits.
    private const int ReadAheadDocuments = 512;

    // Files read concurrently by the reader: decoding, hashing and extraction are CPU work.
    private const int ReadConcurrency = 8;

    private readonly IKnowledgeStore _store;
    private readonly DocumentReader _reader;
    private readonly IngestBatchLimits _limits;
    private readonly FactExtraction? _extraction;

    /// <summary>Creates the service over a store and a reader.</summary>
    /// <param name="store">Where documents and facts go.</param>
    /// <param name="reader">Reads each input file.</param>
    /// <param name="extraction">Extracts facts from each new document; null stores documents only.</param>
    /// <param name="limits">When to commit a batch.</param>
    public IngestService(IKnowledgeStore store, DocumentReader reader, FactExtraction? extraction = null, IngestBatchLimits? limits = null)
    {
        _store = store;
        _reader = reader;
        _extraction = extraction;
        _limits = limits ?? new IngestBatchLimits();
    }

    /// <summary>Ingests everything under <paramref name="paths"/>.</summary>
    /// <param name="paths">Files and folders; folders are walked recursively.</param>
    /// <param name="progress">Told after each input is settled (stored, found present, or rejected).</param>
    /// <param name="cancellationToken">Stops after the batch in hand; what is stored stays whole.</param>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var pathList = paths.ToList();

        // Walking twice (count, then read) keeps memory flat however many files a folder holds.
        var total = InputWalker.Expand(pathList).Count();
        var report = new IngestReport();
        var channel = Channel.CreateBounded<(ReadResult Read, DocumentRecord? Record)>(new BoundedChannelOptions(ReadAheadDocuments) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(pathList, channel.Writer, stop.Token), stop.Token);

        var batch = new List<(string Origin, DocumentRecord Record)>();
        long batchChars = 0;
        var batchAge = new Stopwatch();

        void Settle(IngestItem item)
        {
            report.Add(item);
            progress?.Report(new IngestProgress(report.Count, total, item));
        }

        async Task CommitAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var results = await _store.AddDocumentsAsync(batch.Select(b => b.Record).ToList(), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                Settle(new IngestItem(batch[i].Origin, results[i] == AddResult.Added ? IngestOutcome.Added : IngestOutcome.AlreadyPresent, batch[i].Record.Document.Id, null));
            }

            batch.Clear();
            batchChars = 0;
            batchAge.Reset();
        }

        try
        {
            await foreach (var (read, record) in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (read is Rejected rejected)
                {
                    Settle(new IngestItem(rejected.Origin, IngestOutcome.Rejected, null, rejected.Reason));
                    continue;
                }

                batch.Add((read.Origin, record!));
                batchChars += record!.Document.Text.Length;
                batchAge.Start();
                if (batch.Count >= _limits.MaxDocuments || batchChars >= _limits.MaxCharacters || batchAge.Elapsed >= _limits.MaxAge)
                {
                    await CommitAsync().ConfigureAwait(false);
                }
            }

            await CommitAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
        finally
        {
            // On failure or cancellation, stop the reader so it does not run on after we return.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Expected when we stopped it.
            }
        }

        return report;
    }

    // Reads inputs in order, several at a time, and hands them to the committer through the bounded channel.
    private async Task ProduceAsync(List<string> paths, ChannelWriter<(ReadResult, DocumentRecord?)> writer, CancellationToken cancellationToken)
    {
        try
        {
            var window = new Queue<Task<(ReadResult, DocumentRecord?)>>();
            foreach (var input in InputWalker.Expand(paths))
            {
                window.Enqueue(input.Problem is null
                    ? Task.Run(() => ReadAndExtractAsync(input.Path, cancellationToken), cancellationToken)
                    : Task.FromResult<(ReadResult, DocumentRecord?)>((new Rejected(input.Path, input.Problem), null)));
                if (window.Count >= ReadConcurrency)
                {
                    await writer.WriteAsync(await window.Dequeue().ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                }
            }

            while (window.Count > 0)
            {
                await writer.WriteAsync(await window.Dequeue().ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }

    // Runs on a pool thread: reading, hashing and extraction of upcoming files overlap with committing.
    private async Task<(ReadResult Read, DocumentRecord? Record)> ReadAndExtractAsync(string path, CancellationToken cancellationToken)
    {
        var read = await _reader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (read is not ReadDocument { Document: var document })
        {
            return (read, null);
        }

        // Extraction is skipped for a text already stored: its facts are there, and re-ingest must stay cheap.
        if (_extraction is null || await _store.ContainsDocumentAsync(document.Id, cancellationToken).ConfigureAwait(false))
        {
            return (read, DocumentRecord.FromDocument(document));
        }

        return (read, _extraction.Record(document));
    }
}
