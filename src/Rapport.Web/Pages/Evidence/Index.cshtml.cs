using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Pages.Evidence;

/// <summary>
/// The evidence browser: every statement, meeting, support claim and assessment, filtered by actor, kind, topic,
/// outlet, period and text, sorted and paged; each row links to its fact in the document view.
/// </summary>
[Authorize(Policy = Policies.Viewer)]
public sealed class IndexModel(IKnowledgeStore store) : PageModel
{
    /// <summary>Rows a page.</summary>
    public const int PageSize = 25;

    /// <summary>The sort keys offered.</summary>
    public static IReadOnlyList<string> Sorts { get; } = ["date", "kind", "actor", "document"];

    /// <summary>An actor named on either side (part of a name).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    /// <summary>statement, meeting, support or assessment; empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>A topic tag.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    /// <summary>An outlet cited (part of its name).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Outlet { get; set; }

    /// <summary>The weakest credibility accepted, 1–6 (Admiralty: 3 keeps "possibly true" and better); empty for any.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Credibility { get; set; }

    /// <summary>The credibility choices, 1 to 6, with their words.</summary>
    public static IReadOnlyList<(int Value, string Label)> CredibilityChoices { get; } =
        Enumerable.Range(1, 6).Select(c => (c, CredibilityLabels.Of((Rapport.Analysis.Credibility.InformationCredibility)c))).ToList();

    /// <summary>First month, YYYY-MM.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>Last month, YYYY-MM.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>Words the text or the actors contain.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>date, kind, actor or document.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>True for descending order.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    /// <summary>The page, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The rows of this page.</summary>
    public IReadOnlyList<EvidenceRow> Rows { get; private set; } = [];

    /// <summary>Rows matching the filters, all pages.</summary>
    public int Total { get; private set; }

    /// <summary>Pages in all.</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The topics met, for the topic filter.</summary>
    public IReadOnlyList<string> TopicChoices { get; private set; } = [];

    /// <summary>The titles of the documents on this page.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; private set; } = new Dictionary<string, string>();

    /// <summary>Why the filters could not be applied.</summary>
    public string? Error { get; private set; }

    /// <summary>Filters, sorts and pages the evidence.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        YearMonth? first = null, last = null;
        if (!string.IsNullOrWhiteSpace(From))
        {
            first = YearMonth.TryParse(From.Trim(), out var f) ? f : null;
            Error = first is null ? "Months are written like 2017-06." : null;
        }

        if (!string.IsNullOrWhiteSpace(To))
        {
            last = YearMonth.TryParse(To.Trim(), out var t) ? t : null;
            Error = last is null ? "Months are written like 2017-06." : Error;
        }

        var kind = EvidenceRow.Kinds.Contains(Kind ?? string.Empty, StringComparer.OrdinalIgnoreCase) ? Kind : null;
        var all = await EvidenceRow.RateAsync(store, await EvidenceRow.ReadAsync(store, kind, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        TopicChoices = all.SelectMany(r => r.Topics).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();

        IEnumerable<EvidenceRow> rows = all;
        if (Has(Actor))
        {
            rows = rows.Where(r => r.Actors.Any(a => Contains(a, Actor!)));
        }

        if (Has(Topic))
        {
            rows = rows.Where(r => r.Topics.Contains(Topic!.Trim(), StringComparer.OrdinalIgnoreCase));
        }

        if (Has(Outlet))
        {
            rows = rows.Where(r => r.Outlets.Any(o => Contains(o, Outlet!)));
        }

        if (Credibility is < 1 or > 6)
        {
            Error = "Credibility runs from 1 (confirmed) to 6 (cannot be judged).";
            Credibility = null;
        }

        if (Credibility is { } weakest)
        {
            // Unrated rows are left out: asking for credible facts, an analyst should not get ones nobody judged.
            rows = rows.Where(r => r.Credibility is { } c && c <= weakest);
        }

        if (first is not null || last is not null)
        {
            rows = rows.Where(r => r.Date.IsKnown && SupportMatrixService.InPeriod(r.Date, first, last));
        }

        if (Has(Q))
        {
            var words = Q!.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            rows = rows.Where(r => words.All(w => Contains(r.Text, w) || r.Actors.Any(a => Contains(a, w)) || (r.Role is not null && Contains(r.Role, w))));
        }

        var sort = Sorts.Contains(Sort ?? string.Empty) ? Sort! : "date";
        Func<EvidenceRow, string> key = sort switch
        {
            "kind" => r => r.Kind,
            "actor" => r => r.Actors.FirstOrDefault() ?? string.Empty,
            "document" => r => (Titles.GetValueOrDefault(r.DocumentId) ?? r.DocumentId) + ":" + r.Start.ToString("D9", System.Globalization.CultureInfo.InvariantCulture),
            _ => r => r.Date.ToIsoString() ?? string.Empty,
        };
        var ordered = Desc
            ? rows.OrderByDescending(key, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.DocumentId, StringComparer.Ordinal).ThenBy(r => r.Start)
            : rows.OrderBy(key, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.DocumentId, StringComparer.Ordinal).ThenBy(r => r.Start);
        var matched = ordered.ToList();
        Total = matched.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = matched.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();

        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in Rows.Select(r => r.DocumentId).Distinct())
        {
            if (DocumentId.TryParse(id, out var documentId) && await store.GetDocumentAsync(documentId, cancellationToken).ConfigureAwait(false) is { } document)
            {
                titles[id] = document.Title;
            }
        }

        Titles = titles;
    }

    /// <summary>The query string of this view with some values changed (for sorting and paging links).</summary>
    public string With(string? sort = null, bool? desc = null, int? page = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["actor"] = Actor, ["kind"] = Kind, ["topic"] = Topic, ["outlet"] = Outlet, ["credibility"] = Credibility?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["from"] = From, ["to"] = To, ["q"] = Q,
            ["sort"] = sort ?? Sort, ["desc"] = (desc ?? Desc) ? "true" : null, ["p"] = (page ?? PageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return "/evidence" + Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
    }

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);

    private static bool Contains(string text, string part) => text.Contains(part.Trim(), StringComparison.OrdinalIgnoreCase);
}
