using System.Diagnostics;
using Rapport.Documents;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>
/// Ingests files and folders into a store: reads each input, stores what reads cleanly, and reports every
/// rejection with its path and reason. Idempotent: the same text twice adds nothing.
/// </summary>
/// <remarks>
/// Documents are written in small batches, one transaction each, so that a large ingest is not bound by one
/// commit per file; a batch is all-or-nothing, so a crash never leaves part of a document, and progress is only
/// reported for documents whose batch has committed.
/// </remarks>
public sealed class IngestService
{
    // Reading and hashing the next few files overlaps with storing, while memory stays bounded.
    private const int ReadAhead = 16;

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

    private async Task<IReadOnlyList<IngestItem>> CommitAsync(List<(string Origin, DocumentRecord Record)> batch, CancellationToken cancellationToken)
    {
        var results = await _store.AddDocumentsAsync(batch.Select(b => b.Record).ToList(), cancellationToken).ConfigureAwait(false);
        return batch.Select((entry, i) => new IngestItem(
            entry.Origin,
            results[i] == AddResult.Added ? IngestOutcome.Added : IngestOutcome.AlreadyPresent,
            entry.Record.Document.Id,
            null)).ToList();
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

    /// <summary>Ingests everything under <paramref name="paths"/>.</summary>
    /// <param name="paths">Files and folders; folders are walked recursively.</param>
    /// <param name="progress">Told after each input is settled (stored, found present, or rejected).</param>
    /// <param name="cancellationToken">Stops after the batch in hand; what is stored stays whole.</param>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var inputs = InputWalker.Expand(paths).ToList();
        var items = new List<IngestItem>(inputs.Count);
        var batch = new List<(string Origin, DocumentRecord Record)>();
        long batchChars = 0;
        var batchAge = new Stopwatch();
        var inFlight = new Queue<Task<(ReadResult Read, DocumentRecord? Record)>>();
        Task<IReadOnlyList<IngestItem>>? committing = null;
        var next = 0;

        void Settle(IngestItem item)
        {
            items.Add(item);
            progress?.Report(new IngestProgress(items.Count, inputs.Count, item));
        }

        // One batch commits in the background while the next is read: storing and reading overlap on two cores.
        async Task SettleCommittedAsync()
        {
            if (committing is not null)
            {
                foreach (var item in await committing.ConfigureAwait(false))
                {
                    Settle(item);
                }

                committing = null;
            }
        }

        async Task FlushAsync()
        {
            await SettleCommittedAsync().ConfigureAwait(false);
            if (batch.Count > 0)
            {
                var documents = batch.ToList();
                committing = Task.Run(() => CommitAsync(documents, cancellationToken), cancellationToken);
                batch.Clear();
                batchChars = 0;
                batchAge.Reset();
            }
        }

        while (next < inputs.Count || inFlight.Count > 0)
        {
            while (inFlight.Count < ReadAhead && next < inputs.Count)
            {
                var input = inputs[next++];
                inFlight.Enqueue(input.Problem is null
                    ? Task.Run(() => ReadAndExtractAsync(input.Path, cancellationToken), cancellationToken)
                    : Task.FromResult<(ReadResult, DocumentRecord?)>((new Rejected(input.Path, input.Problem), null)));
            }

            var (read, record) = await inFlight.Dequeue().ConfigureAwait(false);
            if (read is Rejected rejected)
            {
                Settle(new IngestItem(rejected.Origin, IngestOutcome.Rejected, null, rejected.Reason));
            }
            else
            {
                batch.Add((read.Origin, record!));
                batchChars += record!.Document.Text.Length;
                batchAge.Start();
            }

            if (batch.Count >= _limits.MaxDocuments || batchChars >= _limits.MaxCharacters || batchAge.Elapsed >= _limits.MaxAge)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        await FlushAsync().ConfigureAwait(false);
        await SettleCommittedAsync().ConfigureAwait(false);
        return new IngestReport(items);
    }
}
