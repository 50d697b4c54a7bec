using System.Globalization;
using System.Security;
using System.Text;

namespace Rapport.Services;

/// <summary>
/// Draws a dyad's series as a self-contained SVG: monthly event counts as bars (each direction stacked), the
/// cooperation score as a line on its own axis, and turning points as labelled dashed lines.
/// </summary>
public static class DyadChart
{
    private const int Width = 960;
    private const int Height = 420;
    private const int Left = 60;
    private const int Right = 60;
    private const int Top = 40;
    private const int Bottom = 70;

    /// <summary>The SVG document for <paramref name="table"/>.</summary>
    public static string Svg(DyadTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var months = table.Months;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var step = (double)plotWidth / Math.Max(1, months.Count);
        var maxEvents = Math.Max(1, months.Max(m => m.Events));
        var maxScore = Math.Max(1, months.Max(m => Math.Abs(m.Score)));
        double X(int i) => Left + (i * step);
        double YEvents(double n) => Top + plotHeight - (n / maxEvents * plotHeight);
        double YScore(double s) => Top + (plotHeight / 2.0) - (s / maxScore * plotHeight / 2.0);

        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"11\">"));
        svg.Append(Inv($"<title>{Escape(table.SideA.Name)} – {Escape(table.SideB.Name)}: events and cooperation score by month</title>"));
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        svg.Append(Inv($"<text x=\"{Left}\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{Escape(table.SideA.Name)} – {Escape(table.SideB.Name)}, {months[0].Month} to {months[^1].Month}</text>"));
        svg.Append(Inv($"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - Right}\" y2=\"{Top + plotHeight}\" stroke=\"#444\"/>"));
        svg.Append(Inv($"<line x1=\"{Left}\" y1=\"{YScore(0):0.#}\" x2=\"{Width - Right}\" y2=\"{YScore(0):0.#}\" stroke=\"#bbb\" stroke-dasharray=\"2,3\"/>"));

        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var barWidth = Math.Max(1, step * 0.7);
            var x = X(i) + (step * 0.15);
            svg.Append(Inv($"<rect class=\"a-to-b\" x=\"{x:0.#}\" y=\"{YEvents(m.AToB):0.#}\" width=\"{barWidth:0.#}\" height=\"{Top + plotHeight - YEvents(m.AToB):0.#}\" fill=\"#4e79a7\"><title>{m.Month}: {m.AToB} {Escape(table.SideA.Name)} → {Escape(table.SideB.Name)}</title></rect>"));
            svg.Append(Inv($"<rect class=\"b-to-a\" x=\"{x:0.#}\" y=\"{YEvents(m.Events):0.#}\" width=\"{barWidth:0.#}\" height=\"{YEvents(m.AToB) - YEvents(m.Events):0.#}\" fill=\"#f28e2b\"><title>{m.Month}: {m.BToA} {Escape(table.SideB.Name)} → {Escape(table.SideA.Name)}</title></rect>"));
            if (months.Count <= 36 || m.Month.Month == 1)
            {
                svg.Append(Inv($"<text x=\"{X(i) + (step / 2):0.#}\" y=\"{Top + plotHeight + 14}\" text-anchor=\"end\" transform=\"rotate(-45 {X(i) + (step / 2):0.#} {Top + plotHeight + 14})\">{m.Month}</text>"));
            }
        }

        var points = string.Join(' ', months.Select((m, i) => Inv($"{X(i) + (step / 2):0.#},{YScore(m.Score):0.#}")));
        svg.Append(Inv($"<polyline class=\"score\" points=\"{points}\" fill=\"none\" stroke=\"#59a14f\" stroke-width=\"2\"/>"));
        foreach (var turn in table.TurningPoints)
        {
            var x = X(turn.Index);
            var month = months[turn.Index].Month;
            svg.Append(Inv($"<line class=\"turning-point\" x1=\"{x:0.#}\" y1=\"{Top}\" x2=\"{x:0.#}\" y2=\"{Top + plotHeight}\" stroke=\"#e15759\" stroke-width=\"2\" stroke-dasharray=\"6,4\"><title>turning point {month}: score {turn.MeanBefore:0.0} → {turn.MeanAfter:0.0} a month</title></line>"));
            svg.Append(Inv($"<text x=\"{x + 5:0.#}\" y=\"{Top - 4}\" fill=\"#e15759\">{month}</text>"));
        }

        svg.Append(Inv($"<text x=\"{Left - 8}\" y=\"{Top + 4}\" text-anchor=\"end\">{maxEvents}</text><text x=\"{Left - 8}\" y=\"{Top + plotHeight}\" text-anchor=\"end\">0</text>"));
        svg.Append(Inv($"<text x=\"{Width - Right + 6}\" y=\"{Top + 4}\">+{maxScore:0.#}</text><text x=\"{Width - Right + 6}\" y=\"{Top + plotHeight}\">−{maxScore:0.#}</text>"));
        var legendY = Height - 12;
        svg.Append(Inv($"<rect x=\"{Left}\" y=\"{legendY - 9}\" width=\"10\" height=\"10\" fill=\"#4e79a7\"/><text x=\"{Left + 14}\" y=\"{legendY}\">{Escape(table.SideA.Name)} → {Escape(table.SideB.Name)} events</text>"));
        svg.Append(Inv($"<rect x=\"{Left + 230}\" y=\"{legendY - 9}\" width=\"10\" height=\"10\" fill=\"#f28e2b\"/><text x=\"{Left + 244}\" y=\"{legendY}\">{Escape(table.SideB.Name)} → {Escape(table.SideA.Name)} events</text>"));
        svg.Append(Inv($"<line x1=\"{Left + 460}\" y1=\"{legendY - 4}\" x2=\"{Left + 480}\" y2=\"{legendY - 4}\" stroke=\"#59a14f\" stroke-width=\"2\"/><text x=\"{Left + 484}\" y=\"{legendY}\">Goldstein cooperation score</text>"));
        svg.Append(Inv($"<line x1=\"{Left + 680}\" y1=\"{legendY - 4}\" x2=\"{Left + 700}\" y2=\"{legendY - 4}\" stroke=\"#e15759\" stroke-width=\"2\" stroke-dasharray=\"6,4\"/><text x=\"{Left + 704}\" y=\"{legendY}\">turning point</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The table as CSV, one row a month.</summary>
    public static string Csv(DyadTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder("month,a_to_b,b_to_a,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,score,turning_point\n");
        var turns = table.TurningPoints.Select(t => t.Index).ToHashSet();
        for (var i = 0; i < table.Months.Count; i++)
        {
            var m = table.Months[i];
            csv.Append(Inv($"{m.Month},{m.AToB},{m.BToA},{m.Events},{m.ByQuadClass[0]},{m.ByQuadClass[1]},{m.ByQuadClass[2]},{m.ByQuadClass[3]},{m.Score:0.###},{(turns.Contains(i) ? "yes" : string.Empty)}\n"));
        }

        return csv.ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
