using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Api;

/// <summary><c>/api/v1/dyad</c>: a relationship's monthly score, its turning points and the events behind them.</summary>
public static class DyadApi
{
    /// <summary>One month of the series.</summary>
    public sealed record MonthItem(string Month, long AToB, long BToA, IReadOnlyList<long> ByQuadClass, double Score);

    /// <summary>A turning point with the events that drove it.</summary>
    public sealed record TurningPoint(string Month, double MeanBefore, double MeanAfter, IReadOnlyList<EventItem> Evidence);

    /// <summary>One coded event; <c>handle</c> names the stored fact for Rapport's own events.</summary>
    public sealed record EventItem(string Origin, string RecordId, string? Date, string? Source, string? Target, string Cameo, double Goldstein, string? DocumentId, string? Handle);

    /// <summary>The series.</summary>
    public sealed record Series(string SideA, string SideB, string From, string To, IReadOnlyList<MonthItem> Months, IReadOnlyList<TurningPoint> TurningPoints);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapDyadApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/dyad", GetAsync).WithTags("Analysis").WithName("GetDyad").RequireAuthorization(Policies.Viewer)
            .WithSummary("Monthly events and Goldstein score between two sides (a, b), with PELT turning points and their evidence");
        return api;
    }

    private static async Task<Series> GetAsync(IKnowledgeStore store, string a, string b, string? from, string? to, CancellationToken cancellationToken)
    {
        var last = to is null ? YearMonth.From(DateOnly.FromDateTime(DateTime.UtcNow)) : Month(to, "to");
        var first = from is null ? last - 23 : Month(from, "from");
        var table = await new DyadService(store).BuildAsync(a, b, first, last, cancellationToken).ConfigureAwait(false);
        var turns = table.TurningPoints.Select((t, i) => new TurningPoint(
            table.Months[t.Index].Month.ToString(),
            t.MeanBefore,
            t.MeanAfter,
            (i < table.Evidence.Count ? table.Evidence[i] : []).Select(Event).ToList())).ToList();
        return new Series(
            table.SideA.Name,
            table.SideB.Name,
            first.ToString(),
            last.ToString(),
            table.Months.Select(m => new MonthItem(m.Month.ToString(), m.AToB, m.BToA, m.ByQuadClass, m.Score)).ToList(),
            turns);
    }

    /// <summary>The API form of an event, with the handle of its fact when it is one of Rapport's own.</summary>
    public static EventItem Event(EventRecord e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventItem(e.Origin, e.RecordId, e.Date.ToIsoString(), e.SourceName ?? e.SourceActor, e.TargetName ?? e.TargetActor, e.CameoCode, e.Goldstein, e.Document?.Value, FactEvents.HandleOf(e));
    }

    private static YearMonth Month(string text, string name) =>
        YearMonth.TryParse(text, out var month) ? month : throw new BadHttpRequestException($"{name} must be a month like 2017-06, not '{text}'");
}
