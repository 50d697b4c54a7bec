using Rapport.Model;

namespace Rapport.Analysis.Support;

/// <summary>Who supports whom with what: one cell per supporter × recipient × kind that has evidence.</summary>
public sealed class SupportMatrix
{
    private readonly Dictionary<(ActorId, ActorId, SupportKind), SupportCell> _cells;

    private SupportMatrix(Dictionary<(ActorId, ActorId, SupportKind), SupportCell> cells) => _cells = cells;

    /// <summary>The cells, ordered by supporter, recipient and kind.</summary>
    public IReadOnlyList<SupportCell> Cells =>
        _cells.Values
            .OrderBy(c => c.Supporter.Value, StringComparer.Ordinal)
            .ThenBy(c => c.Recipient.Value, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ToList();

    /// <summary>The distinct supporters, in order.</summary>
    public IReadOnlyList<ActorId> Supporters => _cells.Keys.Select(k => k.Item1).Distinct().OrderBy(a => a.Value, StringComparer.Ordinal).ToList();

    /// <summary>The distinct recipients, in order.</summary>
    public IReadOnlyList<ActorId> Recipients => _cells.Keys.Select(k => k.Item2).Distinct().OrderBy(a => a.Value, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Builds the matrix. <paramref name="credibility"/> scores each piece of evidence (higher is stronger, e.g. from
    /// the source's grade and the corroboration rating); the strongest is the highest score, ties going to the more
    /// precise date, then to the lower evidence id, so the result does not depend on input order.
    /// </summary>
    /// <exception cref="ArgumentException">A score is not a finite number.</exception>
    public static SupportMatrix Build(IEnumerable<SupportEvidence> evidence, Func<SupportEvidence, double> credibility)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(credibility);
        var cells = new Dictionary<(ActorId, ActorId, SupportKind), SupportCell>();
        foreach (var item in evidence)
        {
            var score = credibility(item);
            if (!double.IsFinite(score))
            {
                throw new ArgumentException($"Evidence {item.EvidenceId} has a credibility of {score}.", nameof(credibility));
            }

            var key = (item.Supporter, item.Recipient, item.Kind);
            if (!cells.TryGetValue(key, out var cell))
            {
                cells[key] = new SupportCell(item.Supporter, item.Recipient, item.Kind, 1, item.Date, item.Date, item, score);
                continue;
            }

            var stronger = score > cell.StrongestScore
                || (score == cell.StrongestScore
                    && (item.Date.Precision > cell.Strongest.Date.Precision
                        || (item.Date.Precision == cell.Strongest.Date.Precision
                            && string.CompareOrdinal(item.EvidenceId, cell.Strongest.EvidenceId) < 0)));
            cells[key] = cell with
            {
                EvidenceCount = cell.EvidenceCount + 1,
                First = EarlierOf(cell.First, item.Date),
                Last = LaterOf(cell.Last, item.Date),
                Strongest = stronger ? item : cell.Strongest,
                StrongestScore = stronger ? score : cell.StrongestScore,
            };
        }

        return new SupportMatrix(cells);
    }

    /// <summary>The cell for a supporter, recipient and kind, or null when there is no evidence.</summary>
    public SupportCell? Cell(ActorId supporter, ActorId recipient, SupportKind kind) =>
        _cells.GetValueOrDefault((supporter, recipient, kind));

    /// <summary>Every cell of one supporter → recipient pair, by kind.</summary>
    public IReadOnlyList<SupportCell> Between(ActorId supporter, ActorId recipient) =>
        _cells.Values.Where(c => c.Supporter == supporter && c.Recipient == recipient).OrderBy(c => c.Kind).ToList();

    // Unknown dates never bound a range: they say nothing about when.
    private static PartialDate EarlierOf(PartialDate a, PartialDate b)
    {
        if (!a.IsKnown)
        {
            return b;
        }

        return !b.IsKnown || a <= b ? a : b;
    }

    private static PartialDate LaterOf(PartialDate a, PartialDate b)
    {
        if (!a.IsKnown)
        {
            return b;
        }

        if (!b.IsKnown)
        {
            return a;
        }

        var byEnd = a.Latest!.Value.CompareTo(b.Latest!.Value);
        return byEnd > 0 || (byEnd == 0 && a.Precision >= b.Precision) ? a : b;
    }
}
