using Rapport.Documents;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Api;

/// <summary><c>POST /api/v1/documents</c>: upload documents and ingest them at once, as <c>rapport ingest</c> would.</summary>
public static class UploadApi
{
    /// <summary>The file types accepted, as <c>rapport ingest</c> reads them.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".html", ".pdf"];

    /// <summary>What the upload did: the ids of documents added, of those already stored, and files refused with why.</summary>
    public sealed record UploadResult(IReadOnlyList<string> Added, IReadOnlyList<string> AlreadyPresent, IReadOnlyList<RejectedFile> Rejected);

    /// <summary>A file the reader or extraction refused.</summary>
    public sealed record RejectedFile(string Name, string Reason);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapUploadApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/documents", UploadAsync).WithTags("Documents").WithName("UploadDocuments").RequireAuthorization(Policies.Analyst)
            .Accepts<IFormFileCollection>("multipart/form-data")
            .WithSummary("Upload .txt, .md, .html or .pdf files (multipart/form-data) and ingest them now; returns the ids of the documents added (analyst)");
        return api;
    }

    private static async Task<UploadResult> UploadAsync(HttpRequest request, IKnowledgeStore store, ServerOptions options, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || !(request.ContentType ?? string.Empty).StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException("send the files as multipart/form-data", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > options.MaxUploadBytes)
        {
            throw TooLarge(options);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            // The multipart reader's own limit (FormOptions.MultipartBodyLengthLimit) is the upload limit.
            throw TooLarge(options);
        }

        if (form.Files.Count == 0)
        {
            throw new BadHttpRequestException("the form holds no file");
        }

        foreach (var file in form.Files)
        {
            if (file.Length > options.MaxUploadBytes)
            {
                throw TooLarge(options);
            }

            if (!Extensions.Contains(Path.GetExtension(file.FileName).ToLowerInvariant()))
            {
                throw new BadHttpRequestException(
                    $"'{Path.GetFileName(file.FileName)}': only {string.Join(", ", Extensions)} files are accepted", StatusCodes.Status415UnsupportedMediaType);
            }
        }

        // Each file gets its own folder, so two uploads with the same name cannot overwrite each other and the
        // client's file name (never a path of theirs) is what the document's origin ends with.
        var folder = Directory.CreateTempSubdirectory("rapport-upload-").FullName;
        try
        {
            var paths = new List<string>();
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < form.Files.Count; i++)
            {
                var file = form.Files[i];
                var name = SafeName(file.FileName);
                var path = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName, name);
                await using (var target = File.Create(path))
                {
                    await file.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                }

                paths.Add(path);
                names[path] = name;
            }

            var items = new Collector();
            await new IngestService(store, new DocumentReader(), new FactExtraction()).IngestAsync(paths, items, cancellationToken).ConfigureAwait(false);
            return new UploadResult(
                items.Items.Where(i => i.Outcome == IngestOutcome.Added && i.DocumentId is not null).Select(i => i.DocumentId!.Value.Value).ToList(),
                items.Items.Where(i => i.Outcome == IngestOutcome.AlreadyPresent && i.DocumentId is not null).Select(i => i.DocumentId!.Value.Value).ToList(),
                items.Items.Where(i => i.Outcome == IngestOutcome.Rejected)
                    .Select(i => new RejectedFile(names.GetValueOrDefault(i.Origin) ?? Path.GetFileName(i.Origin), i.Reason ?? "rejected")).ToList());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static BadHttpRequestException TooLarge(ServerOptions options) =>
        new($"the upload is larger than the limit of {options.MaxUploadBytes} bytes", StatusCodes.Status413PayloadTooLarge);

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        name = new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray()).Trim();
        return name.Length == 0 || name.StartsWith('.') ? "upload" + Path.GetExtension(fileName).ToLowerInvariant() : name;
    }

    // Told synchronously by the ingest service, unlike Progress<T>, which would post to the thread pool and could
    // still be running when the ingest returns.
    private sealed class Collector : IProgress<IngestProgress>
    {
        private readonly List<IngestItem> _items = [];

        public IReadOnlyList<IngestItem> Items => _items;

        public void Report(IngestProgress value) => _items.Add(value.Last);
    }
}
