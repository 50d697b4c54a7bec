using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Pages.Review;

/// <summary>
/// The review queue: proposed actor merges to accept (merge) or reject (distinct), and the outlets' reliability
/// grades. Viewers see it; analysts act, and every decision is recorded with the signed-in user's name.
/// </summary>
[Authorize(Policy = Policies.Viewer)]
public sealed class IndexModel(IKnowledgeStore store, IAuthorizationService authorization) : PageModel
{
    /// <summary>The grades an outlet can have.</summary>
    public static IReadOnlyList<ReliabilityGrade> Grades { get; } = Enum.GetValues<ReliabilityGrade>();

    /// <summary>The proposed merges, best first.</summary>
    public IReadOnlyList<MergeCandidate> Candidates { get; private set; } = [];

    /// <summary>The outlets with their grades.</summary>
    public IReadOnlyList<OutletSummary> Outlets { get; private set; } = [];

    /// <summary>Whether the user may act (analyst or admin).</summary>
    public bool CanAct { get; private set; }

    /// <summary>What the last action did, or why it failed.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Shows the queue.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Accepts a proposal: the two actors are one.</summary>
    public Task<IActionResult> OnPostMergeAsync(string a, string b, CancellationToken cancellationToken) =>
        DecideAsync(ActorDecisionKind.Merge, a, b, cancellationToken);

    /// <summary>Rejects a proposal: the two actors are different and are never proposed again.</summary>
    public Task<IActionResult> OnPostDistinctAsync(string a, string b, CancellationToken cancellationToken) =>
        DecideAsync(ActorDecisionKind.Distinct, a, b, cancellationToken);

    /// <summary>Sets an outlet's grade.</summary>
    public async Task<IActionResult> OnPostGradeAsync(string outlet, string grade, CancellationToken cancellationToken)
    {
        if (!await MayActAsync().ConfigureAwait(false))
        {
            return Forbid();
        }

        if (!Enum.TryParse<ReliabilityGrade>(grade, ignoreCase: false, out var value) || !Enum.IsDefined(value) || grade.Length != 1)
        {
            Message = "Choose a grade from A to F.";
            return RedirectToPage();
        }

        try
        {
            var record = await new SourceService(store).GradeAsync(outlet, value, Who, cancellationToken).ConfigureAwait(false);
            Message = $"{record.Outlet} graded {record.Grade} by {record.Who}.";
        }
        catch (UserErrorException e)
        {
            Message = e.Message;
        }

        return RedirectToPage();
    }

    private string Who => User.Identity?.Name ?? throw new InvalidOperationException("no signed-in user");

    private async Task<bool> MayActAsync() => (await authorization.AuthorizeAsync(User, Policies.Analyst).ConfigureAwait(false)).Succeeded;

    private async Task<IActionResult> DecideAsync(ActorDecisionKind kind, string a, string b, CancellationToken cancellationToken)
    {
        if (!await MayActAsync().ConfigureAwait(false))
        {
            return Forbid();
        }

        try
        {
            var decision = await new ActorService(store).DecideAsync(kind, a, b, Who, "review queue", cancellationToken).ConfigureAwait(false);
            Message = kind == ActorDecisionKind.Merge
                ? $"Merged {decision.A} and {decision.B} ({decision.Who})."
                : $"Recorded {decision.A} and {decision.B} as different actors ({decision.Who}).";
        }
        catch (UserErrorException e)
        {
            Message = e.Message;
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanAct = await MayActAsync().ConfigureAwait(false);
        Candidates = await new ActorService(store).CandidatesAsync(cancellationToken).ConfigureAwait(false);
        Outlets = await new SourceService(store).ListAsync(cancellationToken).ConfigureAwait(false);
    }
}
