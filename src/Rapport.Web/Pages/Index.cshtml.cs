using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Pages.Shared;
using Rapport.Web.Security;

namespace Rapport.Web.Pages;

/// <summary>
/// The dyad dashboard: pick two sides and a period; the monthly chart, turning points with their evidence, counts by
/// month and by kind of event, and the support matrix between the two sides.
/// </summary>
[Authorize(Policy = Policies.Viewer)]
public sealed class IndexModel(IKnowledgeStore store) : PageModel
{
    /// <summary>Side A.</summary>
    [BindProperty(SupportsGet = true)]
    public string? A { get; set; }

    /// <summary>Side B.</summary>
    [BindProperty(SupportsGet = true)]
    public string? B { get; set; }

    /// <summary>First month, YYYY-MM.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>Last month, YYYY-MM.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>The series, once both sides are given.</summary>
    public DyadTable? Table { get; private set; }

    /// <summary>The chart of <see cref="Table"/>, generated SVG with every label escaped.</summary>
    public string? ChartSvg { get; private set; }

    /// <summary>The strongest coded events of each month with events (most cooperative or most conflictual first), for evidence links.</summary>
    public IReadOnlyDictionary<YearMonth, IReadOnlyList<EventRecord>> MonthEvidence { get; private set; } = new Dictionary<YearMonth, IReadOnlyList<EventRecord>>();

    /// <summary>The dyad's facts and imported events of the period by kind (visits, meetings, …, support).</summary>
    public IReadOnlyList<DyadKindCount> KindCounts { get; private set; } = [];

    /// <summary>True when the counts by kind stopped at <see cref="DyadBreakdown.MaxEvents"/> events a direction.</summary>
    public bool KindCountsPartial { get; private set; }

    /// <summary>The support matrix's cells between the two sides: those dated in the period, then those with no dated claim.</summary>
    public IReadOnlyList<SupportMatrixRow> Support { get; private set; } = [];

    /// <summary>The period shown, for the headings.</summary>
    public string? Period { get; private set; }

    /// <summary>Why the series could not be built.</summary>
    public string? Error { get; private set; }

    /// <summary>Builds the series when both sides are given.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(A) || string.IsNullOrWhiteSpace(B))
        {
            return;
        }

        var to = To is null ? YearMonth.From(DateOnly.FromDateTime(DateTime.UtcNow)) : YearMonth.TryParse(To, out var t) ? t : (YearMonth?)null;
        var from = From is null && to is not null ? to.Value - 23 : YearMonth.TryParse(From, out var f) ? f : (YearMonth?)null;
        if (from is null || to is null)
        {
            Error = "Months are written like 2017-06.";
            return;
        }

        try
        {
            Table = await new DyadService(store).BuildAsync(A, B, from.Value, to.Value, cancellationToken).ConfigureAwait(false);
            ChartSvg = DyadChart.Svg(Table);
            MonthEvidence = await StrongestByMonthAsync(Table, cancellationToken).ConfigureAwait(false);
            Period = $"{from.Value} to {to.Value}";
            // A period leaves undated claims out of the matrix, and many reports date none of theirs; the cells none of
            // whose claims is dated are added, marked undated, rather than hiding what the documents say.
            var supportService = new SupportMatrixService(store);
            var dated = await supportService.BuildAsync(from.Value, to.Value, cancellationToken).ConfigureAwait(false);
            var undated = (await supportService.BuildAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
                .Where(r => !r.First.IsKnown && !r.Last.IsKnown);
            Support = DyadBreakdown.SupportBetween([.. dated, .. undated], Table.SideA, Table.SideB);
            (KindCounts, KindCountsPartial) = await DyadBreakdown.CountAsync(store, Table, from.Value, to.Value, Support, cancellationToken).ConfigureAwait(false);
        }
        catch (UserErrorException e)
        {
            Error = e.Message;
        }
    }

    private const int EvidencePerMonth = 2;

    private async Task<IReadOnlyDictionary<YearMonth, IReadOnlyList<EventRecord>>> StrongestByMonthAsync(DyadTable table, CancellationToken cancellationToken)
    {
        var (a, b) = (table.SideA, table.SideB);
        bool Member(ActorGroup group, string? key, EventRecord e) => key is not null && YearMonth.From(e.Date) is { } month && group.Covers(key, month);
        var byMonth = new Dictionary<YearMonth, IReadOnlyList<EventRecord>>();
        foreach (var row in table.Months.Where(m => m.Events > 0))
        {
            var aToB = await store.GetEventsAsync(a.Selector, b.Selector, row.Month, row.Month, 100, cancellationToken).ConfigureAwait(false);
            var bToA = await store.GetEventsAsync(b.Selector, a.Selector, row.Month, row.Month, 100, cancellationToken).ConfigureAwait(false);
            byMonth[row.Month] = aToB.Where(e => Member(a, e.SourceActor, e) && Member(b, e.TargetActor, e))
                .Concat(bToA.Where(e => Member(b, e.SourceActor, e) && Member(a, e.TargetActor, e)))
                .Where(e => EvidenceLink(e) is not null)
                .OrderByDescending(e => Math.Abs(e.Goldstein))
                .ThenBy(e => e.Date)
                .Take(EvidencePerMonth)
                .ToList();
        }

        return byMonth;
    }

    /// <summary>A claim's text on one line and cut to a table cell's length (the link leads to the whole of it).</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length == 0 ? "(claim)" : flat.Length <= QuoteLength ? flat : flat[..(QuoteLength - 1)].TrimEnd() + "…";
    }

    private const int QuoteLength = 140;

    /// <summary>The document view at the fact an event was coded from; null for imported events.</summary>
    public static string? EvidenceLink(EventRecord e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return FactEvents.TryGetSource(e, out _, out var span) ? $"/documents/{span.Document.Value}#f{span.Start}" : null;
    }
}
