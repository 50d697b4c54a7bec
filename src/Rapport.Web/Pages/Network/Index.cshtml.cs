using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Model;
using Rapport.Web.Security;

namespace Rapport.Web.Pages.Network;

/// <summary>
/// The actor network, drawn in the browser by cytoscape.js (bundled into /assets/app/network.js) from
/// <c>/api/v1/network</c>, with GraphML and GEXF downloads from the same endpoint and a PNG of the drawing.
/// </summary>
[Authorize(Policy = Policies.Viewer)]
public sealed class IndexModel : PageModel
{
    /// <summary>First month, YYYY-MM, or empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>Last month, YYYY-MM, or empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>Why the period was ignored.</summary>
    public string? Error { get; private set; }

    /// <summary>Checks the period.</summary>
    public void OnGet()
    {
        if ((!string.IsNullOrWhiteSpace(From) && !YearMonth.TryParse(From.Trim(), out _)) || (!string.IsNullOrWhiteSpace(To) && !YearMonth.TryParse(To.Trim(), out _)))
        {
            Error = "Months are written like 2017-06; showing the whole period.";
            From = To = null;
        }
    }

    /// <summary>The network endpoint for the period, in <paramref name="format"/>.</summary>
    public string Api(string format)
    {
        var values = new Dictionary<string, string?> { ["format"] = format, ["from"] = From?.Trim(), ["to"] = To?.Trim() };
        return "/api/v1/network" + QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
    }
}
