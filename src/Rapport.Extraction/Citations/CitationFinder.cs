using Rapport.Extraction.Dates;
using Rapport.Extraction.Text;
using Rapport.Model;

namespace Rapport.Extraction.Citations;

/// <summary>
/// Recognises citations by shape, not by a list of outlets: a parenthesis or square bracket without nested brackets whose
/// content is one or more groups "outlet[, and outlet…], date" separated by commas or semicolons, and ends with a date.
/// </summary>
internal static class CitationFinder
{
    private const int MaxTokens = 120;
    private const int MaxOutletLength = 90;

    public static List<CitationMention> Find(string text, List<Token> tokens)
    {
        var found = new List<CitationMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var opening = tokens[i].IsPunct('(') ? '(' : tokens[i].IsPunct('[') ? '[' : '\0';
            if (opening == '\0')
            {
                continue;
            }

            // The matching ")" or "]" within a bounded distance, with no opening bracket in between: linear over the sentence.
            var closing = opening == '(' ? ')' : ']';
            var close = -1;
            for (var j = i + 1; j < tokens.Count && j - i <= MaxTokens; j++)
            {
                if (tokens[j].IsPunct('(') || tokens[j].IsPunct('['))
                {
                    break;
                }

                if (tokens[j].IsPunct(closing))
                {
                    close = j;
                    break;
                }
            }

            if (close < 0)
            {
                continue;
            }

            var citation = Parse(text, tokens, i, close);
            if (citation is not null)
            {
                found.Add(citation);
                i = close;
            }
        }

        return found;
    }

    private static CitationMention? Parse(string text, List<Token> tokens, int open, int close)
    {
        var dates = DateFinder.Find(tokens, open + 1, close, PartialDate.Unknown, null)
            .Where(d => !d.Relative && d.Date.Precision >= DatePrecision.Month).ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        // The content must end with a date (allowing a trailing full stop).
        var tail = dates[^1].Last;
        while (tail < close && tokens[tail].Kind == TokenKind.Punctuation && tokens[tail].Lower is "." or "," or ";")
        {
            tail++;
        }

        if (tail != close)
        {
            return null;
        }

        var outlets = new List<CitedOutlet>();
        var segmentStart = tokens[open].End;
        List<string> previous = [];
        foreach (var date in dates)
        {
            var segment = text[segmentStart..date.Start];
            var names = SplitOutlets(segment);
            if (names.Count == 0)
            {
                // "(Outlet, December 25 and December 26, 2017)": the date belongs to the outlets before it.
                names = previous;
            }

            if (names.Count == 0 || names.Any(n => n.Length > MaxOutletLength || !char.IsLetter(n[0]) && n[0] != '@'))
            {
                return null;
            }

            outlets.AddRange(names.Select(n => new CitedOutlet(n, date.Date)));
            previous = names;
            segmentStart = date.End;
        }

        return new CitationMention(open, close + 1, tokens[open].Start, tokens[close].End, outlets);
    }

    private static List<string> SplitOutlets(string segment)
    {
        var names = new List<string>();
        foreach (var part in segment.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var p = part;
            if (p.StartsWith("and ", StringComparison.Ordinal))
            {
                p = p[4..].Trim();
            }

            foreach (var name in p.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var trimmed = name.Trim(' ', '.', ':');
                if (trimmed.Length > 0)
                {
                    names.Add(trimmed);
                }
            }
        }

        return names;
    }
}
