using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Analysis.Hypotheses;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Api;
using Rapport.Web.Pages.Shared;
using Rapport.Web.Security;

namespace Rapport.Web.Pages.Review;

/// <summary>
/// Competing hypotheses in the review queue: an analyst pastes or uploads a hypotheses file (YAML), sees the ACH
/// matrix — the evidence rows with their credibility and a mark per hypothesis — and tags evidence as consistent,
/// inconsistent or neutral. The file and its tags are kept per user in <see cref="HypothesisWorkspaces"/> (server
/// memory) and can be downloaded with the tags written in. Reading a matrix changes nothing, so a viewer may load a
/// file and read it (docs/accounts.md: viewers read hypotheses matrices); tagging evidence is an analyst's decision,
/// so only analysts get the tag forms and the tag handler refuses anyone else.
/// </summary>
[Authorize(Policy = Policies.Viewer)]
public sealed class HypothesesModel(IKnowledgeStore store, IAuthorizationService authorization) : PageModel
{
    /// <summary>The ratings the tag form offers, as the hypotheses file writes them; <c>clear</c> removes the tag.</summary>
    public static IReadOnlyList<string> Ratings { get; } = ["consistent", "inconsistent", "neutral", "clear"];

    /// <summary>The text last pasted, shown again when it could not be read.</summary>
    [BindProperty]
    public string? Yaml { get; set; }

    /// <summary>Whether the user may tag evidence (analyst or admin).</summary>
    public bool CanAct { get; private set; }

    /// <summary>The signed-in user's file, or null before one is loaded.</summary>
    public HypothesisWorkspace? Workspace { get; private set; }

    /// <summary>The matrix of <see cref="Workspace"/>.</summary>
    public HypothesisReport? Report { get; private set; }

    /// <summary>What the last action did.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Why the file could not be read or the matrix built.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the load form, or the matrix of the file loaded.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Reads a pasted or uploaded hypotheses file, builds its matrix (which checks every tag) and keeps it.</summary>
    public async Task<IActionResult> OnPostLoadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var name = "pasted hypotheses";
        var text = Yaml;
        if (file is { Length: > 0 })
        {
            if (file.Length > HypothesesApi.MaxFileBytes)
            {
                return await FailAsync($"'{Path.GetFileName(file.FileName)}' is larger than {HypothesesApi.MaxFileBytes} bytes; hypotheses files are a few kilobytes.", cancellationToken).ConfigureAwait(false);
            }

            using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, true));
            try
            {
                text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DecoderFallbackException)
            {
                return await FailAsync("The file is not UTF-8 text.", cancellationToken).ConfigureAwait(false);
            }

            name = Path.GetFileName(file.FileName.Replace('\\', '/'));
            Yaml = text;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return await FailAsync("Paste a hypotheses file or choose one.", cancellationToken).ConfigureAwait(false);
        }

        if (Encoding.UTF8.GetByteCount(text) > HypothesesApi.MaxFileBytes)
        {
            return await FailAsync($"The text is larger than {HypothesesApi.MaxFileBytes} bytes; hypotheses files are a few kilobytes.", cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var parsed = HypothesesFileLoader.Parse(text, name);

            // Built once here so a tag naming no stored fact is refused now, not on every later view.
            var report = await new HypothesisService(store).BuildAsync(parsed, acceptSuggestions: false, cancellationToken).ConfigureAwait(false);
            HypothesisWorkspaces.Of(HttpContext.RequestServices).Set(Who, new HypothesisWorkspace(parsed, name, 0));
            Message = $"Loaded {name}: {report.Hypotheses.Count} hypotheses, {report.Rows.Count} pieces of evidence.";
        }
        catch (UserErrorException e)
        {
            return await FailAsync(e.Message, cancellationToken).ConfigureAwait(false);
        }

        return RedirectToPage();
    }

    /// <summary>Tags one evidence row (by its reference) for one hypothesis, or clears the tag.</summary>
    public async Task<IActionResult> OnPostTagAsync(string? reference, string? hypothesis, string? rating, CancellationToken cancellationToken)
    {
        if (!await MayActAsync().ConfigureAwait(false))
        {
            return Forbid();
        }

        var workspaces = HypothesisWorkspaces.Of(HttpContext.RequestServices);
        var workspace = workspaces.Find(Who);
        if (workspace is null)
        {
            Message = "Load a hypotheses file first.";
            return RedirectToPage();
        }

        AchRating? value = rating switch
        {
            "consistent" => AchRating.Consistent,
            "inconsistent" => AchRating.Inconsistent,
            "neutral" => AchRating.Neutral,
            "clear" => null,
            _ => AchRating.NotApplicable,
        };
        if (value == AchRating.NotApplicable || string.IsNullOrWhiteSpace(hypothesis) || string.IsNullOrWhiteSpace(reference))
        {
            Message = "Choose a hypothesis and consistent, inconsistent, neutral or clear.";
            return RedirectToPage();
        }

        try
        {
            var report = await new HypothesisService(store).BuildAsync(workspace.File, acceptSuggestions: false, cancellationToken).ConfigureAwait(false);
            var row = report.Rows.FirstOrDefault(r => string.Equals(r.Evidence.Reference.ToString(), reference, StringComparison.Ordinal));
            if (row is null)
            {
                Message = $"No evidence {reference} in the matrix.";
                return RedirectToPage();
            }

            var tagged = HypothesisWorkspaces.Tag(workspace.File, hypothesis, row.Evidence, value);

            // Rebuilt before it is kept: a file the page cannot build again is never stored.
            await new HypothesisService(store).BuildAsync(tagged, acceptSuggestions: false, cancellationToken).ConfigureAwait(false);
            workspaces.Set(Who, workspace with { File = tagged, Changes = workspace.Changes + 1 });
            Message = value is null
                ? $"Cleared the tag of {row.Evidence.Id} ({reference}) for {hypothesis}."
                : $"Tagged {row.Evidence.Id} ({reference}) {rating} with {hypothesis}.";
        }
        catch (UserErrorException e)
        {
            Message = e.Message;
        }

        return RedirectToPage();
    }

    /// <summary>Forgets the loaded file.</summary>
    public IActionResult OnPostClear()
    {
        HypothesisWorkspaces.Of(HttpContext.RequestServices).Clear(Who);
        Message = "Cleared the hypotheses file.";
        return RedirectToPage();
    }

    /// <summary>The loaded file with its tags, as YAML to save and load again (or run with <c>rapport hypotheses</c>).</summary>
    public IActionResult OnGetDownload()
    {
        var workspace = HypothesisWorkspaces.Of(HttpContext.RequestServices).Find(Who);
        if (workspace is null)
        {
            return NotFound();
        }

        var name = Path.GetFileNameWithoutExtension(workspace.FileName) is { Length: > 0 } stem && stem.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? stem
            : "hypotheses";
        return File(new UTF8Encoding(false).GetBytes(HypothesisWorkspaces.ToYaml(workspace.File)), "application/yaml", name + "-tagged.yaml");
    }

    /// <summary>The id of an evidence row's element (<c>ev-E7</c>): the matrix's own row id, which is safe in HTML and CSS.</summary>
    public static string RowId(HypothesisEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return "ev-" + evidence.Id;
    }

    /// <summary>The document view at the evidence's referenced report.</summary>
    public static string Link(HypothesisEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var report = evidence.Reports.FirstOrDefault(evidence.Reference.Matches) ?? evidence.Reports[0];
        return $"/documents/{report.Span.Document.Value}#f{report.Span.Start}";
    }

    /// <summary>The style class of a cell's mark: consistent, inconsistent, neutral or none, and suggested.</summary>
    public static string MarkClass(HypothesisCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var rating = cell.Rating switch
        {
            AchRating.Consistent => "consistent",
            AchRating.Inconsistent => "inconsistent",
            AchRating.Neutral => "neutral",
            _ => "none",
        };
        return cell.Suggested ? rating + " suggested" : rating;
    }

    private string Who => User.Identity?.Name ?? throw new InvalidOperationException("no signed-in user");

    private async Task<bool> MayActAsync() => (await authorization.AuthorizeAsync(User, Policies.Analyst).ConfigureAwait(false)).Succeeded;

    private async Task<IActionResult> FailAsync(string error, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        Error = error;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanAct = await MayActAsync().ConfigureAwait(false);
        Workspace = HypothesisWorkspaces.Of(HttpContext.RequestServices).Find(Who);
        if (Workspace is null)
        {
            return;
        }

        try
        {
            Report = await new HypothesisService(store).BuildAsync(Workspace.File, acceptSuggestions: false, cancellationToken).ConfigureAwait(false);
        }
        catch (UserErrorException e)
        {
            // The store changed under the file (a document re-read, say); the analyst can download it, fix it or clear it.
            Error = e.Message;
        }
    }
}
