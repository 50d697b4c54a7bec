using System.Security.Claims;
using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Api;

/// <summary><c>/api/v1/sources</c>: the outlets facts cite, and the reliability grades analysts give them.</summary>
public static class SourcesApi
{
    /// <summary>An outlet: its grade (F, "cannot be judged", until an analyst grades it), how often it is cited.</summary>
    public sealed record SourceItem(string Outlet, string Grade, bool Graded, int Facts, int Documents);

    /// <summary>The grade to give: A (completely reliable) to F (cannot be judged).</summary>
    public sealed record GradeRequest(string? Grade);

    /// <summary>A grade as recorded.</summary>
    public sealed record GradeItem(string Outlet, string Grade, string Who, DateTimeOffset At);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapSourcesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var sources = api.MapGroup("/sources").WithTags("Sources").RequireAuthorization(Policies.Viewer);
        sources.MapGet("/", ListAsync).WithName("ListSources").WithSummary("Cited and graded outlets, most cited first; q filters by name");
        sources.MapPut("/{outlet}/grade", GradeAsync).RequireAuthorization(Policies.Analyst).WithName("GradeSource")
            .WithSummary("Set an outlet's reliability grade, A to F (analyst)");
        return api;
    }

    private static async Task<Page<SourceItem>> ListAsync(IKnowledgeStore store, string? q, int? offset, int? limit, CancellationToken cancellationToken)
    {
        Paging.Of(offset, limit);
        var outlets = await new SourceService(store).ListAsync(cancellationToken).ConfigureAwait(false);
        return Paging.Slice(
            outlets.Where(o => string.IsNullOrWhiteSpace(q) || ApiInput.Matches(o.Outlet, q.Trim()))
                .Select(o => new SourceItem(o.Outlet, o.Grade.ToString(), o.Graded, o.Facts, o.Documents)).ToList(),
            offset,
            limit);
    }

    private static async Task<GradeItem> GradeAsync(IKnowledgeStore store, string outlet, GradeRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Grade?.Trim().ToUpperInvariant();
        if (text is not { Length: 1 } || !Enum.TryParse<ReliabilityGrade>(text, out var grade) || !Enum.IsDefined(grade))
        {
            throw new BadHttpRequestException($"grade must be a letter A to F, not '{request.Grade}'");
        }

        var recorded = await new SourceService(store).GradeAsync(outlet, grade, ApiInput.Who(user), cancellationToken).ConfigureAwait(false);
        return new GradeItem(recorded.Outlet, recorded.Grade.ToString(), recorded.Who, recorded.At);
    }
}
