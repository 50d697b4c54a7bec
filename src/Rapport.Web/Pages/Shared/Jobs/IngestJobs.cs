using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Rapport.Documents;
using Rapport.Services;
using Rapport.Storage;

namespace Rapport.Web.Pages.Shared.Jobs;

/// <summary>
/// Ingest runs started from the upload form, running in the background so the page can answer at once and poll for
/// progress. One instance per store: registered as a singleton, or (until it is) kept beside the store.
/// </summary>
public sealed class IngestJobs(IKnowledgeStore store)
{
    private static readonly ConditionalWeakTable<IKnowledgeStore, IngestJobs> ByStore = new();
    private readonly ConcurrentDictionary<string, IngestJob> _jobs = new(StringComparer.Ordinal);

    /// <summary>The registered instance, or the one kept beside <paramref name="services"/>'s store.</summary>
    public static IngestJobs Of(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService<IngestJobs>()
               ?? ByStore.GetValue(services.GetRequiredService<IKnowledgeStore>(), s => new IngestJobs(s));
    }

    /// <summary>How long a finished job stays visible to its status handler.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    /// <summary>The job with <paramref name="id"/> that <paramref name="who"/> started, or null.</summary>
    public IngestJob? Find(string? id, string? who) =>
        id is not null && _jobs.TryGetValue(id, out var job) && string.Equals(job.Who, who, StringComparison.Ordinal) ? job : null;

    /// <summary>
    /// Starts ingesting <paramref name="files"/> (saved by the caller under <paramref name="folder"/>, which is deleted
    /// when the run ends) and returns the job at once.
    /// </summary>
    public IngestJob Start(IReadOnlyList<string> files, IReadOnlyDictionary<string, string> names, string folder, string who)
    {
        foreach (var old in _jobs.Values.Where(j => j.FinishedAt is { } at && DateTimeOffset.UtcNow - at > Kept).ToList())
        {
            _jobs.TryRemove(old.Id, out _);
        }

        var job = new IngestJob(Guid.NewGuid().ToString("N"), files.Count, who);
        _jobs[job.Id] = job;
        _ = Task.Run(async () =>
        {
            try
            {
                await new IngestService(store, new DocumentReader(), new FactExtraction())
                    .IngestAsync(files, new Reporter(job, names)).ConfigureAwait(false);
                job.Finish(null);
            }
#pragma warning disable CA1031 // a background run reports any failure on the job instead of crashing the server
            catch (Exception e)
#pragma warning restore CA1031
            {
                job.Finish(e.Message);
            }
            finally
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // Left for the OS's temp cleaning.
                }
            }
        });
        return job;
    }

    private sealed class Reporter(IngestJob job, IReadOnlyDictionary<string, string> names) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => job.Record(value, names.GetValueOrDefault(value.Last.Origin) ?? Path.GetFileName(value.Last.Origin));
    }
}

/// <summary>One background ingest run, as the status handler reports it.</summary>
public sealed class IngestJob(string id, int total, string who)
{
    private readonly Lock _gate = new();
    private readonly List<IngestJobItem> _items = [];

    /// <summary>The job's id (random, unguessable).</summary>
    public string Id { get; } = id;

    /// <summary>Who started it.</summary>
    public string Who { get; } = who;

    /// <summary>Files to ingest.</summary>
    public int Total { get; } = total;

    /// <summary>"running", "done" or "failed".</summary>
    public string State { get; private set; } = "running";

    /// <summary>When it ended, or null while running.</summary>
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>Why it failed, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>Files finished so far, with their outcome.</summary>
    public IReadOnlyList<IngestJobItem> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items];
            }
        }
    }

    internal void Record(IngestProgress progress, string name)
    {
        lock (_gate)
        {
            _items.Add(new IngestJobItem(name, progress.Last.Outcome.ToString(), progress.Last.DocumentId?.Value, progress.Last.Reason));
        }
    }

    internal void Finish(string? error)
    {
        Error = error;
        FinishedAt = DateTimeOffset.UtcNow;
        State = error is null ? "done" : "failed";
    }
}

/// <summary>One file of a job: its name, outcome (Added, AlreadyPresent, Rejected), document id and reason.</summary>
public sealed record IngestJobItem(string Name, string Outcome, string? Document, string? Reason);
