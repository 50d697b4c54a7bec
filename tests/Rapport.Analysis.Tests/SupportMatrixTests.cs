using Rapport.Analysis.Support;
using Rapport.Model;

namespace Rapport.Analysis.Tests;

public sealed class SupportMatrixTests
{
    private static readonly ActorId Patron = new("state/patron");
    private static readonly ActorId Client = new("org/client");
    private static readonly ActorId Other = new("org/other");

    private static SupportEvidence E(string id, SupportKind kind, PartialDate date, ActorId? recipient = null) =>
        new(Patron, recipient ?? Client, kind, date, id);

    [Fact]
    public void Evidence_is_grouped_by_supporter_recipient_and_kind()
    {
        var matrix = SupportMatrix.Build(
            [
                E("e1", SupportKind.Weapons, PartialDate.OfYear(2014)),
                E("e2", SupportKind.Weapons, PartialDate.OfDay(2016, 3, 2)),
                E("e3", SupportKind.Funds, PartialDate.OfMonth(2015, 6)),
                E("e4", SupportKind.Funds, PartialDate.Unknown, Other),
            ],
            _ => 1);

        Assert.Equal(3, matrix.Cells.Count);
        Assert.Equal(2, matrix.Cell(Patron, Client, SupportKind.Weapons)!.EvidenceCount);
        Assert.Equal(1, matrix.Cell(Patron, Client, SupportKind.Funds)!.EvidenceCount);
        Assert.Null(matrix.Cell(Patron, Client, SupportKind.Training));
        Assert.Equal([Patron], matrix.Supporters);
        Assert.Equal([Client, Other], matrix.Recipients);
        Assert.Equal([SupportKind.Weapons, SupportKind.Funds], matrix.Between(Patron, Client).Select(c => c.Kind));
    }

    [Fact]
    public void The_date_range_runs_from_the_earliest_to_the_latest_partial_date_ignoring_unknown_ones()
    {
        var cell = SupportMatrix.Build(
            [
                E("a", SupportKind.Weapons, PartialDate.OfMonth(2015, 6)),
                E("b", SupportKind.Weapons, PartialDate.Unknown),
                E("c", SupportKind.Weapons, PartialDate.OfYear(2014)),
                E("d", SupportKind.Weapons, PartialDate.OfDay(2017, 12, 31)),
                E("e", SupportKind.Weapons, PartialDate.OfYear(2017)),
            ],
            _ => 1).Cells.Single();

        Assert.Equal(PartialDate.OfYear(2014), cell.First);
        // 2017 and 2017-12-31 end on the same day; the more precise date is the better bound.
        Assert.Equal(PartialDate.OfDay(2017, 12, 31), cell.Last);
    }

    [Fact]
    public void A_cell_with_only_undated_evidence_has_an_unknown_range()
    {
        var cell = SupportMatrix.Build([E("a", SupportKind.Media, PartialDate.Unknown)], _ => 1).Cells.Single();
        Assert.False(cell.First.IsKnown);
        Assert.False(cell.Last.IsKnown);
    }

    [Fact]
    public void The_strongest_evidence_is_the_most_credible()
    {
        var scores = new Dictionary<string, double> { ["weak"] = 0.2, ["strong"] = 0.9, ["middling"] = 0.5 };
        var cell = SupportMatrix.Build(
            [
                E("weak", SupportKind.Training, PartialDate.OfYear(2015)),
                E("strong", SupportKind.Training, PartialDate.OfYear(2016)),
                E("middling", SupportKind.Training, PartialDate.OfYear(2017)),
            ],
            e => scores[e.EvidenceId]).Cells.Single();

        Assert.Equal("strong", cell.Strongest.EvidenceId);
        Assert.Equal(0.9, cell.StrongestScore);
    }

    [Fact]
    public void Ties_go_to_the_more_precise_date_then_the_lower_id_whatever_the_order()
    {
        var items = new[]
        {
            E("z", SupportKind.Funds, PartialDate.OfYear(2016)),
            E("m", SupportKind.Funds, PartialDate.OfDay(2016, 5, 1)),
            E("b", SupportKind.Funds, PartialDate.OfDay(2016, 7, 1)),
        };

        var forward = SupportMatrix.Build(items, _ => 0.5).Cells.Single();
        var backward = SupportMatrix.Build(items.Reverse(), _ => 0.5).Cells.Single();

        Assert.Equal("b", forward.Strongest.EvidenceId);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void A_score_that_is_not_a_number_is_refused() =>
        Assert.Throws<ArgumentException>(() => SupportMatrix.Build([E("a", SupportKind.Funds, PartialDate.Unknown)], _ => double.NaN));
}
