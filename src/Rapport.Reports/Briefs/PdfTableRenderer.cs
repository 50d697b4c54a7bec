using PdfSharp.Drawing;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Draws a table with wrapped cells: columns sized from their content, the header row repeated on every page the
/// table reaches, and a row taller than a page split between pages rather than cut off.
/// </summary>
internal sealed class PdfTableRenderer(PdfLayout layout)
{
    private const double Padding = 3;

    // No column takes more than this share of the width for its shortest possible form (its longest word).
    private const double MaxMinimumShare = 0.3;

    private PdfTheme Theme => layout.Theme;

    /// <summary>Draws <paramref name="header"/> and <paramref name="rows"/> at the cursor, across pages as needed.</summary>
    public void Draw(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var widths = ColumnWidths(header, rows);
        var headerCells = Wrap(header, widths, Theme.TableBold);
        var headerHeight = Height(headerCells);

        // The header never stands alone at the foot of a page.
        var firstRow = rows.Count > 0 ? Wrap(rows[0], widths, Theme.Table) : null;
        layout.EnsureRoom(headerHeight + Math.Min(firstRow is null ? 0 : Height(firstRow), layout.PageRoom / 3));
        DrawRow(headerCells, widths, 0, MaxLines(headerCells), Theme.HeaderFill);

        for (var r = 0; r < rows.Count; r++)
        {
            var cells = r == 0 && firstRow is not null ? firstRow : Wrap(rows[r], widths, Theme.Table);
            var fill = r % 2 == 1 ? Theme.StripeFill : null;
            var lineHeight = Theme.Table.GetHeight();
            var total = MaxLines(cells);
            if (Height(cells) > layout.Remaining && Height(cells) <= layout.PageRoom - headerHeight)
            {
                NewPageWithHeader(headerCells, widths);
            }

            // A row taller than what is left is drawn in slices of whole lines, each page repeating the header.
            var from = 0;
            var freshPage = false;
            while (from < total)
            {
                var fit = (int)Math.Floor((layout.Remaining - (2 * Padding)) / lineHeight);
                if (fit < 1 && !freshPage)
                {
                    NewPageWithHeader(headerCells, widths);
                    freshPage = true;
                    continue;
                }

                // Even a page that holds less than one line after the header must make progress.
                fit = Math.Max(fit, 1);
                freshPage = false;

                var count = Math.Min(fit, total - from);
                DrawRow(cells, widths, from, count, fill);
                from += count;
            }
        }
    }

    private void NewPageWithHeader(IReadOnlyList<IReadOnlyList<PdfTextLine>> headerCells, IReadOnlyList<double> widths)
    {
        layout.NewPage();
        DrawRow(headerCells, widths, 0, MaxLines(headerCells), Theme.HeaderFill);
    }

    // Draws lines [from, from + count) of every cell as one band, cell by cell so each cell's text stays together.
    private void DrawRow(IReadOnlyList<IReadOnlyList<PdfTextLine>> cells, IReadOnlyList<double> widths, int from, int count, XBrush? fill)
    {
        var lineHeight = cells.SelectMany(c => c).Select(l => l.Height).DefaultIfEmpty(Theme.Table.GetHeight()).Max();
        var height = (count * lineHeight) + (2 * Padding);
        var x = layout.Left;
        var top = layout.Y;
        for (var c = 0; c < cells.Count; c++)
        {
            var rect = new XRect(x, top, widths[c], height);
            if (fill is not null)
            {
                layout.Graphics.DrawRectangle(fill, rect);
            }

            layout.Graphics.DrawRectangle(Theme.Rule, rect);
            var lines = cells[c];
            for (var i = from; i < from + count && i < lines.Count; i++)
            {
                layout.DrawLine(lines[i], x + Padding, top + Padding + ((i - from) * lineHeight));
            }

            x += widths[c];
        }

        layout.Advance(height);
    }

    private List<IReadOnlyList<PdfTextLine>> Wrap(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font) =>
        [.. widths.Select((w, i) => layout.Breaker.Break([new PdfRun(i < cells.Count ? cells[i] : string.Empty, font, Theme.Ink)], w - (2 * Padding)))];

    private static int MaxLines(IReadOnlyList<IReadOnlyList<PdfTextLine>> cells) => cells.Max(c => c.Count);

    private static double Height(IReadOnlyList<IReadOnlyList<PdfTextLine>> cells) =>
        cells.Max(c => c.Sum(l => l.Height)) + (2 * Padding);

    /// <summary>
    /// Column widths by water-filling: a column whose text fits in its fair share of the width gets just what it
    /// needs, and the columns that need more share what is left in proportion to their text, never below their
    /// longest word (within reason). So short columns (dates, kinds) never wrap while long ones (names) do.
    /// </summary>
    private List<double> ColumnWidths(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var available = layout.Width;
        var columns = header.Count;
        var natural = new double[columns];
        var minimum = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            Widen(c, header[c], Theme.TableBold);
            foreach (var row in rows)
            {
                Widen(c, c < row.Count ? row[c] : string.Empty, Theme.Table);
            }

            minimum[c] = Math.Min(minimum[c], available * MaxMinimumShare);
            natural[c] = Math.Max(natural[c], minimum[c]);
        }

        var naturalSum = natural.Sum();
        if (naturalSum <= available)
        {
            return [.. natural.Select(n => n * available / naturalSum)];
        }

        var widths = new double[columns];
        var open = Enumerable.Range(0, columns).ToHashSet();
        var left = available;
        bool settled;
        do
        {
            settled = false;
            var fair = left / open.Count;
            foreach (var c in open.Where(c => natural[c] <= fair).ToList())
            {
                widths[c] = natural[c];
                left -= natural[c];
                open.Remove(c);
                settled = true;
            }
        }
        while (settled && open.Count > 0);

        // The rest share what is left by their text; one whose share is below its longest word gets that and leaves
        // the pool, and the others share again.
        while (open.Count > 0)
        {
            var openNatural = open.Sum(c => natural[c]);
            var cramped = open.Where(c => left * natural[c] / openNatural < minimum[c]).ToList();
            if (cramped.Count == 0)
            {
                foreach (var c in open)
                {
                    widths[c] = left * natural[c] / openNatural;
                }

                break;
            }

            foreach (var c in cramped)
            {
                widths[c] = minimum[c];
                left -= minimum[c];
                open.Remove(c);
            }
        }

        // Minimums can overshoot the width in a table with many long words; then everything shrinks alike.
        var total = widths.Sum();
        return [.. widths.Select(w => w * available / total)];

        void Widen(int c, string text, XFont font)
        {
            var clean = PrintableText.Clean(text);
            natural[c] = Math.Max(natural[c], Measure(clean, font) + (2 * Padding) + 1);
            foreach (var word in clean.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                minimum[c] = Math.Max(minimum[c], Measure(word, font) + (2 * Padding) + 1);
            }
        }
    }

    private double Measure(string text, XFont font) => layout.Measure(text, font);
}
