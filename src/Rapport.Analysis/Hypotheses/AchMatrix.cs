namespace Rapport.Analysis.Hypotheses;

/// <summary>
/// Analysis of Competing Hypotheses (Heuer 1999): evidence down the side, hypotheses across the top, each cell rating
/// how the evidence bears on the hypothesis. Hypotheses are ranked by how much credible evidence is inconsistent with
/// them, least first — the method seeks to refute, not to confirm.
/// </summary>
public sealed class AchMatrix
{
    private readonly List<Hypothesis> _hypotheses;
    private readonly List<AchEvidence> _evidence;
    private readonly Dictionary<(string Evidence, string Hypothesis), AchRating> _ratings = [];

    /// <summary>Creates an empty matrix.</summary>
    /// <exception cref="ArgumentException">There is no hypothesis, an id repeats, or a credibility is outside 0–1.</exception>
    public AchMatrix(IEnumerable<Hypothesis> hypotheses, IEnumerable<AchEvidence> evidence)
    {
        _hypotheses = hypotheses.ToList();
        _evidence = evidence.ToList();
        if (_hypotheses.Count == 0)
        {
            throw new ArgumentException("A matrix needs at least one hypothesis.", nameof(hypotheses));
        }

        Unique(_hypotheses.Select(h => h.Id), "hypothesis");
        Unique(_evidence.Select(e => e.Id), "evidence");
        foreach (var e in _evidence)
        {
            if (!(e.Credibility is >= 0 and <= 1))
            {
                throw new ArgumentException($"Evidence {e.Id} has credibility {e.Credibility}; it must be 0 to 1.", nameof(evidence));
            }
        }
    }

    /// <summary>The hypotheses, in the order given.</summary>
    public IReadOnlyList<Hypothesis> Hypotheses => _hypotheses;

    /// <summary>The evidence, in the order given.</summary>
    public IReadOnlyList<AchEvidence> Evidence => _evidence;

    /// <summary>Rates a piece of evidence against a hypothesis (rating again replaces the earlier rating).</summary>
    /// <exception cref="KeyNotFoundException">The evidence or hypothesis is not in the matrix.</exception>
    public AchMatrix Rate(string evidenceId, string hypothesisId, AchRating rating)
    {
        if (!_evidence.Any(e => e.Id == evidenceId))
        {
            throw new KeyNotFoundException($"No evidence {evidenceId} in the matrix.");
        }

        if (!_hypotheses.Any(h => h.Id == hypothesisId))
        {
            throw new KeyNotFoundException($"No hypothesis {hypothesisId} in the matrix.");
        }

        _ratings[(evidenceId, hypothesisId)] = rating;
        return this;
    }

    /// <summary>The rating of a cell; <see cref="AchRating.NotApplicable"/> when unrated.</summary>
    public AchRating RatingOf(string evidenceId, string hypothesisId) =>
        _ratings.GetValueOrDefault((evidenceId, hypothesisId), AchRating.NotApplicable);

    /// <summary>The cells nobody has rated yet, evidence by evidence.</summary>
    public IReadOnlyList<(string EvidenceId, string HypothesisId)> Unrated =>
        _evidence.SelectMany(e => _hypotheses.Select(h => (e.Id, h.Id))).Where(cell => !_ratings.ContainsKey(cell)).ToList();

    /// <summary>
    /// The hypotheses scored and ranked: least weighted inconsistency first; on equal weight, fewer inconsistent
    /// items, then the order given. Equal weight and count share a rank.
    /// </summary>
    public IReadOnlyList<HypothesisScore> Ranking()
    {
        var scored = _hypotheses
            .Select((h, order) =>
            {
                var inconsistent = _evidence.Where(e => RatingOf(e.Id, h.Id) == AchRating.Inconsistent).ToList();
                var consistent = _evidence.Count(e => RatingOf(e.Id, h.Id) == AchRating.Consistent);
                return (Hypothesis: h, Order: order, Weight: inconsistent.Sum(e => e.Credibility), Inconsistent: inconsistent.Count, Consistent: consistent);
            })
            .OrderBy(s => s.Weight)
            .ThenBy(s => s.Inconsistent)
            .ThenBy(s => s.Order)
            .ToList();

        var result = new List<HypothesisScore>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var s = scored[i];
            // Sums of the same weights in another order can differ in the last bit; compare with a tolerance.
            var tied = i > 0 && Math.Abs(scored[i - 1].Weight - s.Weight) < 1e-9 && scored[i - 1].Inconsistent == s.Inconsistent;
            var rank = tied ? result[i - 1].Rank : i + 1;
            result.Add(new HypothesisScore(s.Hypothesis, s.Weight, s.Inconsistent, s.Consistent, rank));
        }

        return result;
    }

    /// <summary>How diagnostic each piece of evidence is, in the order given.</summary>
    public IReadOnlyList<EvidenceDiagnosticity> Diagnosticity() =>
        _evidence.Select(e =>
        {
            var ratings = _hypotheses.Select(h => RatingOf(e.Id, h.Id)).ToList();
            var modal = ratings.GroupBy(r => r).Max(g => g.Count());
            var differing = ratings.Count - modal;
            return new EvidenceDiagnosticity(e, differing > 0, (double)differing / ratings.Count);
        }).ToList();

    private static void Unique(IEnumerable<string> ids, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id);
            if (!seen.Add(id))
            {
                throw new ArgumentException($"The {what} id {id} is used twice.");
            }
        }
    }
}
