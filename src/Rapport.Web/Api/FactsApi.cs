using System.Text.Json;
using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Api;

/// <summary>
/// <c>/api/v1/statements</c>, <c>/meetings</c>, <c>/support</c> and <c>/assessments</c>: the facts across documents,
/// statements and meetings grouped as one fact however many documents report them, each with its credibility.
/// </summary>
public static class FactsApi
{
    /// <summary>An outlet cited for a fact, with its reliability grade (A–F).</summary>
    public sealed record OutletItem(string Outlet, string Grade);

    /// <summary>A statement or meeting as several documents report it.</summary>
    /// <param name="Reference">The fact's stable reference (kind, document prefix, offset).</param>
    /// <param name="Kind"><c>statement</c>, or the meeting's kind (visit, meeting, phone call, ceremony).</param>
    /// <param name="Date">The most precise date known.</param>
    /// <param name="SideA">The speaker, or side A of a meeting.</param>
    /// <param name="SideB">Side B of a meeting; empty for a statement.</param>
    /// <param name="Text">A statement's words, as the first report quotes them; null for a meeting.</param>
    /// <param name="Topics">A statement's topics.</param>
    /// <param name="Documents">The ids of the documents reporting it.</param>
    /// <param name="Outlets">The outlets cited, with grades.</param>
    /// <param name="Credibility">The Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged).</param>
    /// <param name="CredibilityLabel">The credibility in words.</param>
    /// <param name="Reports">The stored facts (handles) behind it.</param>
    public sealed record CorroboratedItem(
        string Reference,
        string Kind,
        string? Date,
        IReadOnlyList<ActorRef> SideA,
        IReadOnlyList<ActorRef> SideB,
        string? Text,
        IReadOnlyList<string> Topics,
        IReadOnlyList<string> Documents,
        IReadOnlyList<OutletItem> Outlets,
        int Credibility,
        string CredibilityLabel,
        IReadOnlyList<string> Reports);

    /// <summary>One cell of the support matrix.</summary>
    public sealed record SupportItem(
        ActorRef Supporter,
        ActorRef Recipient,
        string Kind,
        int EvidenceCount,
        int Documents,
        string? First,
        string? Last,
        int Credibility,
        string CredibilityLabel,
        string StrongestDocument,
        int StrongestStart,
        int StrongestEnd,
        string StrongestText);

    /// <summary>An author's estimative judgement, with its span.</summary>
    public sealed record AssessmentItem(string DocumentId, int Start, int End, string Rule, string? Date, string? Expression, string? Likelihood, int? PercentLow, int? PercentHigh, string? Text);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapFactsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var facts = api.MapGroup(string.Empty).WithTags("Facts").RequireAuthorization(Policies.Viewer);
        facts.MapGet("/statements", StatementsAsync).WithName("ListStatements")
            .WithSummary("Statements, one per fact however many documents report it; filters: actor, outlet, topic, from, to (months), q (text)");
        facts.MapGet("/meetings", MeetingsAsync).WithName("ListMeetings")
            .WithSummary("Meetings, one per fact however many documents report it; filters: actor, outlet, topic, from, to (months), q (text)");
        facts.MapGet("/support", SupportAsync).WithName("ListSupport")
            .WithSummary("The support matrix: supporter × recipient × kind, with evidence counts and credibility; filters: from, to (months)");
        facts.MapGet("/assessments", AssessmentsAsync).WithName("ListAssessments")
            .WithSummary("The authors' estimative judgements (likely, almost certainly, …) with their spans; filters: from, to (months), q (text)");
        return api;
    }

    private static Task<Page<CorroboratedItem>> StatementsAsync(
        IKnowledgeStore store, string? actor, string? outlet, string? topic, string? from, string? to, string? q, int? offset, int? limit, CancellationToken cancellationToken) =>
        CorroboratedAsync(store, FactKind.Statement, actor, outlet, topic, from, to, q, offset, limit, cancellationToken);

    private static Task<Page<CorroboratedItem>> MeetingsAsync(
        IKnowledgeStore store, string? actor, string? outlet, string? topic, string? from, string? to, string? q, int? offset, int? limit, CancellationToken cancellationToken) =>
        CorroboratedAsync(store, FactKind.Meeting, actor, outlet, topic, from, to, q, offset, limit, cancellationToken);

    private static async Task<Page<CorroboratedItem>> CorroboratedAsync(
        IKnowledgeStore store, FactKind kind, string? actor, string? outlet, string? topic, string? from, string? to, string? q, int? offset, int? limit, CancellationToken cancellationToken)
    {
        // Checked before the (whole-store) grouping, so a bad request costs nothing.
        Paging.Of(offset, limit);
        var (first, last) = (ApiInput.Month(from, "from"), ApiInput.Month(to, "to"));
        var facts = await new FactCorroboration(store).ListAsync(kind, string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(), cancellationToken).ConfigureAwait(false);
        var items = facts
            .Where(f => (first is null && last is null) || (f.Date.IsKnown && SupportMatrixService.InPeriod(f.Date, first, last)))
            .Select(Item)
            .Where(i => string.IsNullOrWhiteSpace(outlet) || i.Outlets.Any(o => string.Equals(o.Outlet, outlet.Trim(), StringComparison.OrdinalIgnoreCase)))
            .Where(i => string.IsNullOrWhiteSpace(topic) || i.Topics.Contains(topic.Trim(), StringComparer.OrdinalIgnoreCase))
            .Where(i => string.IsNullOrWhiteSpace(q) || ApiInput.Matches(i.Text, q.Trim())
                || i.SideA.Concat(i.SideB).Any(a => ApiInput.Matches(a.Name, q.Trim())))
            .ToList();
        return Paging.Slice(items, offset, limit);
    }

    private static CorroboratedItem Item(CorroboratedFact f)
    {
        string? text = null;
        var topics = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var report in f.Reports)
        {
            using var payload = JsonDocument.Parse(report.Payload);
            var root = payload.RootElement;
            if (text is null && root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
            {
                text = t.GetString();
            }

            if (root.TryGetProperty("topics", out var ts) && ts.ValueKind == JsonValueKind.Array)
            {
                topics.UnionWith(ts.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!));
            }
        }

        return new CorroboratedItem(
            FactReference.Of(f.Reports).ToString(),
            f.Kind == FactKind.Statement ? "statement" : f.MeetingKind ?? "meeting",
            f.Date.ToIsoString(),
            f.SideA.Select(ActorRef.Of).ToList(),
            f.SideB.Select(ActorRef.Of).ToList(),
            text,
            topics.ToList(),
            f.Documents.Select(d => d.Value).ToList(),
            f.Outlets.Select(o => new OutletItem(o.Outlet, o.Grade.ToString())).ToList(),
            (int)f.Credibility,
            CredibilityLabels.Of(f.Credibility),
            f.Reports.Select(r => FactReference.Of(r).ToString()).ToList());
    }

    private static async Task<Page<SupportItem>> SupportAsync(IKnowledgeStore store, string? from, string? to, int? offset, int? limit, CancellationToken cancellationToken)
    {
        Paging.Of(offset, limit);
        var rows = await new SupportMatrixService(store).BuildAsync(ApiInput.Month(from, "from"), ApiInput.Month(to, "to"), cancellationToken).ConfigureAwait(false);
        var items = rows.Select(r => new SupportItem(
            ActorRef.Of(r.Supporter),
            ActorRef.Of(r.Recipient),
            r.KindName,
            r.EvidenceCount,
            r.Documents,
            r.First.ToIsoString(),
            r.Last.ToIsoString(),
            (int)r.Credibility,
            CredibilityLabels.Of(r.Credibility),
            r.Strongest.Span.Document.Value,
            r.Strongest.Span.Start,
            r.Strongest.Span.End,
            r.Strongest.Text)).ToList();
        return Paging.Slice(items, offset, limit);
    }

    private static async Task<Page<AssessmentItem>> AssessmentsAsync(IKnowledgeStore store, string? from, string? to, string? q, int? offset, int? limit, CancellationToken cancellationToken)
    {
        Paging.Of(offset, limit);
        var (first, last) = (ApiInput.Month(from, "from"), ApiInput.Month(to, "to"));
        var items = new List<AssessmentItem>();
        await foreach (var fact in store.ReadFactsAsync(FactKind.Assessment, cancellationToken).ConfigureAwait(false))
        {
            if ((first is not null || last is not null) && !(fact.Date.IsKnown && SupportMatrixService.InPeriod(fact.Date, first, last)))
            {
                continue;
            }

            using var payload = JsonDocument.Parse(fact.Payload);
            var root = payload.RootElement;
            var item = new AssessmentItem(
                fact.Span.Document.Value,
                fact.Span.Start,
                fact.Span.End,
                fact.Rule.ToString(),
                fact.Date.ToIsoString(),
                Text(root, "expression"),
                Text(root, "likelihood"),
                Number(root, "percent_low"),
                Number(root, "percent_high"),
                Text(root, "text"));
            if (string.IsNullOrWhiteSpace(q) || ApiInput.Matches(item.Text, q.Trim()) || ApiInput.Matches(item.Expression, q.Trim()))
            {
                items.Add(item);
            }
        }

        return Paging.Slice(items, offset, limit);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;
}
