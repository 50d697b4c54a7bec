using System.Text.Json;
using Rapport.Model;
using Rapport.Storage;

namespace Rapport.Services;

/// <summary>The outlets facts cite, and the reliability grades analysts give them.</summary>
public sealed class SourceService
{
    private readonly IKnowledgeStore _store;

    /// <summary>Creates the service over a store.</summary>
    public SourceService(IKnowledgeStore store) => _store = store;

    /// <summary>Every outlet cited by a stored meeting or statement, and every graded outlet, most cited first.</summary>
    public async Task<IReadOnlyList<OutletSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var cited = new List<(string Outlet, DocumentId Document)>();
        foreach (var kind in new[] { FactKind.Meeting, FactKind.Statement })
        {
            await foreach (var fact in _store.ReadFactsAsync(kind, cancellationToken).ConfigureAwait(false))
            {
                using var json = JsonDocument.Parse(fact.Payload);
                if (json.RootElement.TryGetProperty("sources", out var sources) && sources.ValueKind == JsonValueKind.Array)
                {
                    cited.AddRange(sources.EnumerateArray().Select(s => s.GetString()).OfType<string>()
                        .Where(s => s.Trim().Length > 0).Select(s => (s.Trim(), fact.Span.Document)));
                }
            }
        }

        var grades = (await _store.ListOutletGradesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(g => OutletGrade.KeyOf(g.Outlet), StringComparer.Ordinal);
        var summaries = cited.GroupBy(c => OutletGrade.KeyOf(c.Outlet), StringComparer.Ordinal)
            .Select(g =>
            {
                var name = g.GroupBy(c => c.Outlet, StringComparer.Ordinal).OrderByDescending(n => n.Count()).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key;
                var graded = grades.TryGetValue(g.Key, out var grade);
                return new OutletSummary(name, graded ? grade!.Grade : ReliabilityGrade.F, g.Count(), g.Select(c => c.Document).Distinct().Count(), graded);
            })
            .ToList();
        var seen = summaries.Select(s => OutletGrade.KeyOf(s.Outlet)).ToHashSet(StringComparer.Ordinal);
        summaries.AddRange(grades.Where(g => !seen.Contains(g.Key)).Select(g => new OutletSummary(g.Value.Outlet, g.Value.Grade, 0, 0, true)));
        return summaries.OrderByDescending(s => s.Facts).ThenBy(s => s.Outlet, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Sets an outlet's grade.</summary>
    /// <exception cref="UserErrorException">The outlet name is empty.</exception>
    public async Task<OutletGrade> GradeAsync(string outlet, ReliabilityGrade grade, string who, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(outlet))
        {
            throw new UserErrorException("give the outlet's name");
        }

        var record = new OutletGrade(outlet.Trim(), grade, who, DateTimeOffset.UtcNow);
        await _store.SetOutletGradeAsync(record, cancellationToken).ConfigureAwait(false);
        return record;
    }
}
