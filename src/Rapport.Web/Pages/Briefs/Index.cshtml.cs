using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Model;
using Rapport.Reports.Briefs;
using Rapport.Services;
using Rapport.Services.Briefs;
using Rapport.Storage;
using Rapport.Web.Pages.Shared.Jobs;
using Rapport.Web.Security;

namespace Rapport.Web.Pages.Briefs;

/// <summary>
/// Upload documents (ingested in the background, with a progress indicator the page polls) and generate a brief on
/// a dyad, downloaded as Markdown, HTML, Word or PDF.
/// </summary>
[Authorize(Policy = Policies.Analyst)]
public sealed class IndexModel(IKnowledgeStore store, ServerOptions options) : PageModel
{
    /// <summary>The file types the upload accepts, as <c>rapport ingest</c> reads them.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".html", ".pdf"];

    /// <summary>The brief formats offered.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["html", "md", "docx", "pdf"];

    /// <summary>The upload running or just finished, shown with its progress.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Job { get; set; }

    /// <summary>Side A of the brief.</summary>
    [BindProperty]
    public string? A { get; set; } = "Iran";

    /// <summary>Side B of the brief.</summary>
    [BindProperty]
    public string? B { get; set; } = "Hamas";

    /// <summary>First month, YYYY-MM, or empty.</summary>
    [BindProperty]
    public string? From { get; set; }

    /// <summary>Last month, YYYY-MM, or empty.</summary>
    [BindProperty]
    public string? To { get; set; }

    /// <summary>The format: html, md, docx or pdf.</summary>
    [BindProperty]
    public string Format { get; set; } = "html";

    /// <summary>Why the last form failed.</summary>
    public string? Error { get; private set; }

    /// <summary>The upload limit, for the form.</summary>
    public long MaxUploadBytes => options.MaxUploadBytes;

    /// <summary>Shows the forms (and the job named in the query, if any).</summary>
    public void OnGet()
    {
        if (IngestJobs.Of(HttpContext.RequestServices).Find(Job, User.Identity?.Name) is null)
        {
            Job = null;
        }
    }

    /// <summary>The progress of a background ingest, for the page's script.</summary>
    public IActionResult OnGetStatus(string? id)
    {
        var job = IngestJobs.Of(HttpContext.RequestServices).Find(id, User.Identity?.Name);
        return job is null
            ? NotFound()
            : new JsonResult(new { job.Id, job.State, job.Total, Done = job.Items.Count, job.Error, job.Items });
    }

    /// <summary>Saves the uploaded files to a temp folder and starts ingesting them in the background.</summary>
    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            Error = "Choose at least one file.";
            return Page();
        }

        foreach (var file in files)
        {
            if (file.Length > options.MaxUploadBytes)
            {
                Error = $"'{Path.GetFileName(file.FileName)}' is larger than the limit of {options.MaxUploadBytes} bytes.";
                return Page();
            }

            if (!Extensions.Contains(Path.GetExtension(file.FileName).ToLowerInvariant()))
            {
                Error = $"'{Path.GetFileName(file.FileName)}': only {string.Join(", ", Extensions)} files are accepted.";
                return Page();
            }
        }

        // Each file in its own folder: two uploads with one name cannot collide, and no client path is ever used.
        var folder = Directory.CreateTempSubdirectory("rapport-upload-").FullName;
        var paths = new List<string>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var name = SafeName(files[i].FileName);
            var path = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName, name);
            await using (var target = System.IO.File.Create(path))
            {
                await files[i].CopyToAsync(target, cancellationToken).ConfigureAwait(false);
            }

            paths.Add(path);
            names[path] = name;
        }

        var job = IngestJobs.Of(HttpContext.RequestServices).Start(paths, names, folder, User.Identity?.Name ?? "unknown");
        return RedirectToPage(new { job = job.Id });
    }

    /// <summary>Builds the brief and sends it as a download.</summary>
    public async Task<IActionResult> OnPostBriefAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(A) || string.IsNullOrWhiteSpace(B))
        {
            Error = "Give both sides.";
            return Page();
        }

        if (!TryMonth(From, out var from) || !TryMonth(To, out var to))
        {
            Error = "Months are written like 2017-06.";
            return Page();
        }

        var writer = Formats.Contains(Format) ? BriefWriters.For("brief." + Format) : null;
        if (writer is null)
        {
            Error = "Choose html, md, docx or pdf.";
            return Page();
        }

        Brief brief;
        try
        {
            brief = await new BriefService(store).BuildAsync(new BriefRequest(A, B, from, to, DateOnly.FromDateTime(DateTime.UtcNow)), cancellationToken).ConfigureAwait(false);
        }
        catch (UserErrorException e)
        {
            Error = e.Message;
            return Page();
        }

        using var buffer = new MemoryStream();
        await writer.WriteAsync(brief, buffer, cancellationToken).ConfigureAwait(false);
        var type = Format switch
        {
            "html" => "text/html",
            "md" => "text/markdown",
            "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            _ => "application/pdf",
        };
        var file = $"brief-{Slug(A)}-{Slug(B)}.{writer.Extension}";
        return File(buffer.ToArray(), type, file);
    }

    private static bool TryMonth(string? text, out YearMonth? month)
    {
        month = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!YearMonth.TryParse(text.Trim(), out var m))
        {
            return false;
        }

        month = m;
        return true;
    }

    private static string Slug(string text) =>
        new string(text.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-') is { Length: > 0 } s ? s : "side";

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        name = new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray()).Trim();
        return name.Length == 0 || name.StartsWith('.') ? "upload" + Path.GetExtension(fileName).ToLowerInvariant() : name;
    }
}
