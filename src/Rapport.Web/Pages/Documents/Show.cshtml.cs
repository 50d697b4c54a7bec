using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Pages.Documents;

/// <summary>
/// A document's text with every extracted fact highlighted at its span, coloured by kind; hovering shows the rule
/// that produced it, and <c>#f{offset}</c> links (from the dashboard and the evidence browser) land on the fact.
/// </summary>
[Authorize(Policy = Policies.Viewer)]
public sealed class ShowModel(IKnowledgeStore store) : PageModel
{
    /// <summary>The document.</summary>
    public Document? Document { get; private set; }

    /// <summary>The text cut at every fact boundary, in order.</summary>
    public IReadOnlyList<TextSegment> Segments { get; private set; } = [];

    /// <summary>The outlets the document's facts cite, with how many facts cite each, most cited first.</summary>
    public IReadOnlyList<(string Outlet, int Facts)> Citations { get; private set; } = [];

    /// <summary>The evidence browser filtered by <paramref name="outlet"/>.</summary>
    public static string EvidenceLink(string outlet) => "/evidence" + QueryString.Create("outlet", outlet);

    /// <summary>Loads the document and cuts its text at the facts' spans.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            Document = await DocumentLookup.ResolveAsync(store, id, cancellationToken).ConfigureAwait(false);
        }
        catch (UserErrorException)
        {
            return NotFound();
        }

        var facts = (await store.GetFactsAsync(Document.Id, cancellationToken).ConfigureAwait(false))
            .Where(f => f.Kind != FactKind.Actor && f.Span.End <= Document.Text.Length)
            .ToList();
        Segments = TextSegment.Cut(Document.Text, facts);
        Citations = facts
            .SelectMany(f => TextSegment.Sources(f).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(o => o, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First(), g.Count()))
            .OrderByDescending(c => c.Item2)
            .ThenBy(c => c.Item1, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return Page();
    }
}
