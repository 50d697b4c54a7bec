using Rapport.Extraction.Citations;
using Rapport.Extraction.Dates;
using Rapport.Extraction.Text;
using Rapport.Model;

namespace Rapport.Extraction;

/// <summary>
/// Outlets that a block's layout names rather than a bracket: the "Source" cell of a chronology table's row, and the
/// "Outlet (30 Jun):" head of a media summary's item. They cite everything the row or item tells.
/// </summary>
internal sealed partial class DocumentRun
{
    // Column headings under which a table names the outlet each row comes from.
    private static readonly HashSet<string> SourceColumnHeadings = new(StringComparer.Ordinal)
    {
        "source", "sources", "outlet", "outlets", "reported by", "reference", "references", "citation", "citations",
    };

    // The column of the table being read that names each row's outlet; -1 outside such a table.
    private int _sourceColumn = -1;

    // The last block whose layout was read, so that a long block read in several windows is read once.
    private int _layoutReadFor = -1;

    // Outlets by block index, for the blocks whose layout names one.
    private readonly Dictionary<int, List<(CitedOutlet Outlet, int Start, int End)>> _blockSources = [];

    /// <summary>Reads the outlets <paramref name="block"/>'s layout names, if any, before its sentences are read.</summary>
    private void ReadBlockSources(Block block)
    {
        if (block.Index == _layoutReadFor)
        {
            return;
        }

        _layoutReadFor = block.Index;
        if (TableCells(block) is { } cells)
        {
            ReadTableRow(block, cells);
            return;
        }

        _sourceColumn = -1;

        // "Al-Akhbar (Lebanon), March 3:" on a line of its own heads the paragraphs under it, up to the next head or heading.
        if (HeadLine(block) is { } line)
        {
            _itemSource = line;
            return;
        }

        if (ItemHead(block) is { } head)
        {
            _blockSources[block.Index] = [head];
            _itemSource = null;
            return;
        }

        if (block.Kind == BlockKind.Heading || T.AsSpan(block.Start, block.End - block.Start).Trim().SequenceEqual("---"))
        {
            _itemSource = null;
        }
        else if (_itemSource is { } carried)
        {
            _blockSources[block.Index] = [carried];
        }
    }

    // The outlet and day of the item head line above the paragraphs being read; null outside such items.
    private (CitedOutlet Outlet, int Start, int End)? _itemSource;

    /// <summary>An item head on a line of its own: an outlet, perhaps its place in brackets, a comma, a day and a colon.</summary>
    private (CitedOutlet Outlet, int Start, int End)? HeadLine(Block block)
    {
        // "Al-Akhbar (Lebanon), March 3:", or with the agency's headline after it: 'IRNA, 28 July: "Leader arrives in Tehran"'.
        if (block.End - block.Start > 200 || T[block.End - 1] is not (':' or '"'))
        {
            return null;
        }

        var m = HeadLinePattern().Match(T, block.Start, block.End - block.Start);
        if (!m.Success)
        {
            return null;
        }

        if (!_documentDate.IsKnown || DatesIn(m.Groups["date"].Value).Dates is not [{ Date.IsKnown: true } date] || date.First != 0)
        {
            return null;
        }

        var outlet = m.Groups["outlet"];
        return (new CitedOutlet(outlet.Value.Trim(), date.Date), outlet.Index, block.End);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,3}\.\s+)?(?<outlet>[A-Z][\p{L}.'&-]*(?:\s+[A-Z][\p{L}.'&-]*){0,3}),\s+(?<date>[^:\n]{3,40}):\s")]
    private static partial System.Text.RegularExpressions.Regex InlineHeadPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?<outlet>[A-Z][^():\n]{1,60}?)(?:\s*\([^()\n]{1,40}\))?,\s*(?<date>[^:\n]{3,30}):(?:\s*""[^""\n]*"")?$")]
    private static partial System.Text.RegularExpressions.Regex HeadLinePattern();

    private void ReadTableRow(Block block, List<(int Start, int End)> cells)
    {
        var texts = cells.Select(c => T[c.Start..c.End].Trim()).ToList();

        // "|------|:---:|": the rule under a table's header row.
        if (texts.All(x => x.Length > 0 && x.All(ch => ch is '-' or ':')))
        {
            return;
        }

        var heading = texts.FindIndex(x => SourceColumnHeadings.Contains(x.ToLowerInvariant()));
        if (heading >= 0 && texts.All(x => x.Length < 40))
        {
            _sourceColumn = heading;
            return;
        }

        if (_sourceColumn < 0 || _sourceColumn >= cells.Count)
        {
            return;
        }

        // "Lusa; Notícias": a cell may name several outlets. Their date is the row's, which the row's own date column gives.
        var (start, end) = cells[_sourceColumn];
        var outlets = new List<(CitedOutlet, int, int)>();
        foreach (var part in SplitOutlets(start, end))
        {
            // "Xinhua, 2 April 2025": an outlet with the day it reported, when that is not the row's.
            var text = T[part.Start..part.End];
            var comma = text.LastIndexOf(',');
            var date = PartialDate.Unknown;
            if (comma > 0 && DatesIn(text, comma + 1).Dates is [{ Date.IsKnown: true } d] && d.First == 0)
            {
                date = d.Date;
                text = text[..comma].TrimEnd();
            }

            outlets.Add((new CitedOutlet(text, date), part.Start, part.End));
        }

        if (outlets.Count > 0)
        {
            _blockSources[block.Index] = outlets;
        }
    }

    private IEnumerable<(int Start, int End)> SplitOutlets(int start, int end)
    {
        var from = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || T[i] == ';')
            {
                var s = from;
                var e = i;
                while (s < e && char.IsWhiteSpace(T[s]))
                {
                    s++;
                }

                while (e > s && (char.IsWhiteSpace(T[e - 1]) || T[e - 1] == '.'))
                {
                    e--;
                }

                if (e > s && T.AsSpan(s, e - s).IndexOfAny("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") >= 0)
                {
                    yield return (s, e);
                }

                from = i + 1;
            }
        }
    }

    /// <summary>The cells of a Markdown table row ("| 4 Feb 2024 | Event | Source |"), or null for any other block.</summary>
    private List<(int Start, int End)>? TableCells(Block block)
    {
        if (T[block.Start] != '|')
        {
            return null;
        }

        var cells = new List<(int, int)>();
        var from = block.Start + 1;
        for (var i = from; i < block.End; i++)
        {
            if (T[i] == '|')
            {
                cells.Add((from, i));
                from = i + 1;
            }
        }

        // A row need not close on a bar: the last cell then runs to the end of the line.
        if (from < block.End && !string.IsNullOrWhiteSpace(T[from..block.End]))
        {
            cells.Add((from, block.End));
        }

        return cells.Count >= 2 ? cells : null;
    }

    /// <summary>
    /// A media summary's item head: the outlet, then its day in brackets, then a colon ("Al Jazeera (30 Jun): …"). Null for
    /// a block that opens any other way.
    /// </summary>
    private (CitedOutlet Outlet, int Start, int End)? ItemHead(Block block)
    {
        var head = T.AsSpan(block.Start, Math.Min(block.End - block.Start, 160)).ToString();

        // "IRNA, 28 July: …", "TASNIM, 30 July: …": a digest's item opens on the agency and its day ("Update, 9 June:" is no agency).
        if (InlineHeadPattern().Match(head) is { Success: true } inline && _documentDate.IsKnown
            && inline.Groups["outlet"].Value.ToLowerInvariant() is not ("update" or "updated" or "note" or "correction" or "editor's note" or "background"))
        {
            var (dayTokens, dayDates) = DatesIn(inline.Groups["date"].Value);
            // "27 Dey 1402 (17 January 2024)": a date in another calendar with the common one in brackets.
            if (dayDates.LastOrDefault(d => d.Date.IsKnown) is { } day
                && (day.First == 0 || dayTokens[day.First - 1].IsPunct('(')))
            {
                var name = inline.Groups["outlet"];
                return (new CitedOutlet(name.Value, day.Date), block.Start + name.Index, block.Start + inline.Length);
            }
        }

        var m = RecordLabelPattern().Match(head);
        if (!m.Success || !m.Groups["p1"].Success || m.Groups["p2"].Success)
        {
            return null;
        }

        var bracket = m.Groups["p1"].Value;
        var (tokens, dates) = DatesIn(bracket);
        // "(30 Jun)", "(Kabul, 30 Jun)": a day and at most a place; a longer bracket is a constituency or a party.
        if (dates is not [{ } date] || tokens.Count(t => t.IsWord) > 4)
        {
            return null;
        }

        var label = m.Groups["label"];
        var outlet = new CitedOutlet(label.Value, _documentDate.IsKnown ? date.Date : PartialDate.Unknown);
        return (outlet, block.Start + label.Index, block.Start + m.Groups["p1"].Index + bracket.Length + 1);
    }

    /// <summary>
    /// The dates in a short piece of layout (a bracket, a cell, an item head) from <paramref name="from"/> on, read against the
    /// document's date, or against a placeholder year when it has none.
    /// </summary>
    private (List<Token> Tokens, List<DateMention> Dates) DatesIn(string text, int from = 0)
    {
        var tokens = Tokenizer.Tokenize(text, from, text.Length);
        return (tokens, DateFinder.Find(tokens, 0, tokens.Count, _documentDate.IsKnown ? _documentDate : PartialDate.OfYear(2000), null));
    }

    /// <summary>Cites what a block tells by the outlets its layout names, when its own brackets cite none of them.</summary>
    private void AddBlockSources(List<(CitedOutlet Outlet, int Start, int End)> citations, int blockIndex)
    {
        if (!_blockSources.TryGetValue(blockIndex, out var sources))
        {
            return;
        }

        foreach (var source in sources)
        {
            if (!citations.Any(c => string.Equals(c.Outlet.Outlet, source.Outlet.Outlet, StringComparison.OrdinalIgnoreCase)))
            {
                citations.Add(source);
            }
        }
    }
}
