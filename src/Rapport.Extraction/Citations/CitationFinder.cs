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

    /// <summary>The citations of a sentence.</summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="anchor">The date a citation without a year ("Tasnim, 6 Aug") takes its year from; unknown to require one.</param>
    /// <param name="isActorName">Whether a bracketed name is an actor's ("(Hamas)"), which is no outlet; null when nothing is.</param>
    /// <param name="notes">The outlets of a footnote by its label ("3" for "[3]" or "[^3]"); null when the document has no notes.</param>
    public static List<CitationMention> Find(string text, List<Token> tokens, PartialDate anchor = default, Func<string, bool>? isActorName = null,
        IReadOnlyDictionary<string, IReadOnlyList<CitedOutlet>>? notes = null)
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

            var citation = Footnote(text, tokens, i, close, notes) ?? Parse(text, tokens, i, close, anchor) ?? Undated(text, tokens, i, close, isActorName);
            if (citation is not null)
            {
                found.Add(citation);
                i = close;
            }
        }

        return found;
    }

    /// <summary>"…[3]", "…[^3]": a marker of a footnote the document's notes resolve to outlets cites them.</summary>
    private static CitationMention? Footnote(string text, List<Token> tokens, int open, int close, IReadOnlyDictionary<string, IReadOnlyList<CitedOutlet>>? notes)
    {
        if (notes is null || tokens[open].Lower != "[" || close - open > 3)
        {
            return null;
        }

        var label = text[tokens[open].End..tokens[close].Start].Trim().TrimStart('^');
        return notes.TryGetValue(label, out var outlets) ? new CitationMention(open, close + 1, tokens[open].Start, tokens[close].End, outlets) : null;
    }

    /// <summary>
    /// The notes of a document ("[3] Reuters, 4 May 2021.", "[^3]: IRNA, 5 January 2012; Fars, 6 January 2012."): each
    /// block that opens with a marker and holds nothing but a citation's content gives the outlets of that label. A
    /// parenthesis inside a note ("ORTN (Niamey)") places the outlet and is left out; a part in lower case ("audio
    /// message") describes the source rather than naming one.
    /// </summary>
    public static Dictionary<string, IReadOnlyList<CitedOutlet>> Notes(string text, IEnumerable<(int Start, int End)> blocks, PartialDate anchor)
    {
        var notes = new Dictionary<string, IReadOnlyList<CitedOutlet>>(StringComparer.Ordinal);
        foreach (var (start, end) in blocks)
        {
            if (end - start > 400 || start >= end)
            {
                continue;
            }

            int k;
            int labelStart;
            if (text[start] == '[')
            {
                k = start + 1 < end && text[start + 1] == '^' ? start + 2 : start + 1;
                labelStart = k;
                while (k < end && k - labelStart < 4 && char.IsLetterOrDigit(text[k]))
                {
                    k++;
                }

                if (k == labelStart || k >= end || text[k] != ']' || (labelStart == start + 1 && !char.IsDigit(text[labelStart])))
                {
                    continue;
                }
            }
            else if (char.IsDigit(text[start]))
            {
                // A numbered list of endnotes ("1. Zeta News, 27 July 2023; Kessel Daily, 28 July 2023."): the number, a stop or a bracket.
                k = start;
                labelStart = start;
                while (k < end && k - start < 3 && char.IsDigit(text[k]))
                {
                    k++;
                }

                if (k + 1 >= end || text[k] is not ('.' or ')') || text[k + 1] != ' ')
                {
                    continue;
                }
            }
            else
            {
                continue;
            }

            var label = text[labelStart..k];
            var body = new System.Text.StringBuilder("(");
            var depth = 0;
            foreach (var c in text.AsSpan(k + 1 < end && text[k + 1] == ':' ? k + 2 : k + 1, end - (k + 1 < end && text[k + 1] == ':' ? k + 2 : k + 1)))
            {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 0 && c != ')')
                {
                    body.Append(c);
                }
            }

            var note = body.ToString().TrimEnd(' ', '.') + ")";
            var cited = Find(note, Tokenizer.Tokenize(note, 0, note.Length), anchor);
            if (cited.Count == 1 && cited[0].Start == 0 && cited[0].End == note.Length)
            {
                var outlets = cited[0].Outlets.Where(o => o.Outlet.Any(char.IsUpper) || o.Outlet.Contains('.', StringComparison.Ordinal)).ToList();
                if (outlets.Count > 0)
                {
                    notes.TryAdd(label, outlets);
                }
            }
        }

        return notes;
    }

    /// <summary>
    /// "… (IRNA).", "… (president.ir).": a bracket closing the sentence that holds only a short name, not an actor's and not
    /// the abbreviation of the words before it ("Islamic Revolutionary Guard Corps (IRGC)"), is an undated citation.
    /// </summary>
    private static CitationMention? Undated(string text, List<Token> tokens, int open, int close, Func<string, bool>? isActorName)
    {
        if (open == 0 || !tokens[open - 1].IsWord && !tokens[open - 1].IsPunct('"') || close - open - 1 is < 1 or > 5
            || tokens.Skip(close + 1).Any(t => !(t.Kind == TokenKind.Punctuation && t.Lower is "." or "!" or "?")))
        {
            return null;
        }

        var name = text[tokens[open].End..tokens[close].Start].Trim();
        if (name.Length is < 2 or > 40 || !char.IsLetter(name[0]) || name.Any(c => !(char.IsLetter(c) || c is ' ' or '.' or '-' or '\'' or '\u2019'))
            || name.Split(' ').Any(w => w.Length > 0 && !char.IsUpper(w[0]) && !w.Contains('.', StringComparison.Ordinal))
            || isActorName?.Invoke(name) == true)
        {
            return null;
        }

        // The abbreviation of the capitalised words right before the bracket names them, not a source.
        var letters = new string(name.Where(char.IsLetter).ToArray());
        if (letters.All(char.IsUpper))
        {
            var initials = new List<char>();
            for (var k = open - 1; k >= 0 && initials.Count < letters.Length + 3; k--)
            {
                if (tokens[k].IsWord && tokens[k].IsCapitalized)
                {
                    initials.Insert(0, char.ToUpperInvariant(tokens[k].Lower[0]));
                }
                else if (!(tokens[k].IsWord && tokens[k].Lower is "of" or "for" or "and" or "the" or "al" or "el") && tokens[k].Lower != "-")
                {
                    break;
                }
            }

            if (new string(initials.ToArray()).EndsWith(letters, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return new CitationMention(open, close + 1, tokens[open].Start, tokens[close].End, [new CitedOutlet(name, PartialDate.Unknown)]);
    }

    private static CitationMention? Parse(string text, List<Token> tokens, int open, int close, PartialDate anchor)
    {
        var dates = DateFinder.Find(tokens, open + 1, close, anchor.IsKnown ? PartialDate.OfYear(anchor.Year) : PartialDate.Unknown, null)
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
