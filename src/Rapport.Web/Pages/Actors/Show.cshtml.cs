using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rapport.Extraction.Names;
using Rapport.Services;
using Rapport.Storage;
using Rapport.Web.Pages.Evidence;
using Rapport.Web.Security;

namespace Rapport.Web.Pages.Actors;

/// <summary>One actor: its names and aliases, keys, affiliations, the statements it made and those about it, its meetings and support claims.</summary>
[Authorize(Policy = Policies.Viewer)]
public sealed class ShowModel(IKnowledgeStore store) : PageModel
{
    /// <summary>The actor, when the key or name named exactly one.</summary>
    public RegistryActor? Actor { get; private set; }

    /// <summary>The actors a name matched, when it matched several.</summary>
    public IReadOnlyList<RegistryActor> Choices { get; private set; } = [];

    /// <summary>Names of the affiliations, by key.</summary>
    public IReadOnlyDictionary<string, string> AffiliationNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Statements the actor made.</summary>
    public IReadOnlyList<EvidenceRow> StatementsBy { get; private set; } = [];

    /// <summary>Statements that name the actor (as the speaker's organisation or in their text).</summary>
    public IReadOnlyList<EvidenceRow> StatementsAbout { get; private set; } = [];

    /// <summary>Meetings the actor took part in.</summary>
    public IReadOnlyList<EvidenceRow> Meetings { get; private set; } = [];

    /// <summary>Support claims with the actor as supporter or recipient.</summary>
    public IReadOnlyList<EvidenceRow> Support { get; private set; } = [];

    /// <summary>Loads the actor named by <paramref name="key"/> (a key or a name).</summary>
    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return NotFound();
        }

        var identity = await new ActorService(store).IdentityAsync(cancellationToken).ConfigureAwait(false);
        var found = identity.Lookup(key);
        if (found.Count == 0)
        {
            return NotFound();
        }

        if (found.Count > 1)
        {
            Choices = found;
            return Page();
        }

        var actor = found[0];
        Actor = actor;
        AffiliationNames = actor.Affiliations.Distinct(StringComparer.Ordinal)
            .ToDictionary(k => k, k => identity.Find(k)?.Name ?? k, StringComparer.Ordinal);
        var names = actor.Names.Select(NameKey.Of).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        bool Is(string name) => names.Contains(NameKey.Of(name));
        bool Mentions(string text) => actor.Names.Any(n => n.Length > 2 && text.Contains(n, StringComparison.OrdinalIgnoreCase));

        var rows = await EvidenceRow.ReadAsync(store, null, cancellationToken).ConfigureAwait(false);
        rows.Sort((x, y) => string.CompareOrdinal(x.Date.ToIsoString() ?? string.Empty, y.Date.ToIsoString() ?? string.Empty));
        StatementsBy = rows.Where(r => r.Kind == "statement" && r.SideA.Any(Is)).ToList();
        StatementsAbout = rows.Where(r => r.Kind == "statement" && !r.SideA.Any(Is) && (r.SideB.Any(Is) || Mentions(r.Text))).ToList();
        Meetings = rows.Where(r => r.Kind == "meeting" && r.Actors.Any(Is)).ToList();
        Support = rows.Where(r => r.Kind == "support" && r.Actors.Any(Is)).ToList();
        return Page();
    }
}
