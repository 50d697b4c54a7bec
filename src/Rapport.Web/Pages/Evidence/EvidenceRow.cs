using System.Text.Json;
using Rapport.Model;
using Rapport.Services;
using Rapport.Storage;

namespace Rapport.Web.Pages.Evidence;

/// <summary>
/// One extracted fact as the evidence browser and the actor page list it: kind, date, the actors it names, a line
/// of text, topics and outlets, and where it is (document, span, rule) for the link to the document view.
/// </summary>
public sealed record EvidenceRow(
    string Kind,
    PartialDate Date,
    string DocumentId,
    int Start,
    int End,
    string Rule,
    IReadOnlyList<string> SideA,
    IReadOnlyList<string> SideB,
    string? Role,
    string Text,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Outlets)
{
    /// <summary>The kinds listed, as the kind filter names them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["statement", "meeting", "support", "assessment"];

    private static readonly FactKind[] FactKinds = [FactKind.Statement, FactKind.Meeting, FactKind.Support, FactKind.Assessment];

    /// <summary>
    /// The Admiralty information credibility (1 confirmed … 6 cannot be judged) of the corroborated fact this report
    /// belongs to; null when none was rated (support claims and assessments are not corroborated one by one).
    /// </summary>
    public int? Credibility { get; init; }

    /// <summary>The credibility in words, or null when unrated.</summary>
    public string? CredibilityLabel => Credibility is { } c ? CredibilityLabels.Of((Rapport.Analysis.Credibility.InformationCredibility)c) : null;

    /// <summary>The link to the fact in the document view.</summary>
    public string Link => $"/documents/{DocumentId}#f{Start}";

    /// <summary>Every actor named, both sides.</summary>
    public IEnumerable<string> Actors => SideA.Concat(SideB);

    /// <summary>Reads every statement, meeting, support claim and assessment in the store (or of one kind).</summary>
    public static async Task<List<EvidenceRow>> ReadAsync(IKnowledgeStore store, string? kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = new List<EvidenceRow>();
        foreach (var factKind in FactKinds.Where(k => string.IsNullOrEmpty(kind) || string.Equals(k.ToString(), kind, StringComparison.OrdinalIgnoreCase)))
        {
            await foreach (var fact in store.ReadFactsAsync(factKind, cancellationToken).ConfigureAwait(false))
            {
                rows.Add(Of(fact));
            }
        }

        return rows;
    }

    /// <summary>
    /// Gives each statement and meeting the credibility of the corroborated fact it reports (the same grouping as
    /// <c>/api/v1/statements</c> and <c>/meetings</c>), matched by document and span start.
    /// </summary>
    public static async Task<List<EvidenceRow>> RateAsync(IKnowledgeStore store, IReadOnlyList<EvidenceRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(rows);
        var ratings = new Dictionary<(string Kind, string Document, int Start), int>();
        var corroboration = new FactCorroboration(store);
        foreach (var kind in new[] { FactKind.Statement, FactKind.Meeting })
        {
            if (!rows.Any(r => r.Kind == kind.ToString().ToLowerInvariant()))
            {
                continue;
            }

            foreach (var fact in await corroboration.ListAsync(kind, null, cancellationToken).ConfigureAwait(false))
            {
                foreach (var report in fact.Reports)
                {
                    ratings[(kind.ToString().ToLowerInvariant(), report.Span.Document.Value, report.Span.Start)] = (int)fact.Credibility;
                }
            }
        }

        return rows.Select(r => ratings.TryGetValue((r.Kind, r.DocumentId, r.Start), out var c) ? r with { Credibility = c } : r).ToList();
    }

    /// <summary>The row of one fact.</summary>
    public static EvidenceRow Of(FactRecord fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        using var payload = JsonDocument.Parse(fact.Payload);
        var root = payload.RootElement;
        string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        IReadOnlyList<string> List(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
        IReadOnlyList<string> One(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value];

        var kind = fact.Kind.ToString().ToLowerInvariant();
        var (a, b, role, text) = fact.Kind switch
        {
            FactKind.Statement => (One(Str("speaker") ?? fact.Subject), One(Str("organization")), Str("speaker_role"), Str("text") ?? string.Empty),
            FactKind.Meeting => (List("participants_side_a"), List("participants_side_b"), Str("kind"),
                string.Join(" ", new[] { Str("kind"), Str("location") is { } l ? "in " + l : null }.Where(s => s is not null))),
            FactKind.Support => (One(Str("supporter") ?? fact.Subject), One(Str("recipient") ?? fact.Object), Str("kind"),
                $"{Str("supporter")} supports {Str("recipient")} ({Str("kind")})"),
            _ => (One(fact.Subject), One(fact.Object), Str("likelihood"), Str("text") ?? Str("expression") ?? string.Empty),
        };
        return new EvidenceRow(kind, fact.Date, fact.Span.Document.Value, fact.Span.Start, fact.Span.End, fact.Rule.ToString(),
            a, b, role, text.Trim(), List("topics"), List("sources"));
    }
}
