using System.Text;
using PdfSharp.Drawing;

namespace Rapport.Reports.Briefs;

/// <summary>
/// Breaks runs of mixed fonts into lines that fit a width: greedy, at spaces, and inside a word only when the word
/// alone is wider than the line (handles, URLs). PDFsharp's XTextFormatter takes a single font and clips what does
/// not fit, which would lose text; here nothing is ever dropped except the spaces a break replaces.
/// </summary>
internal sealed class PdfLineBreaker(Func<string, XFont, double> measure)
{
    /// <summary>The runs as lines no wider than <paramref name="width"/>; an empty input gives one empty line.</summary>
    public IReadOnlyList<PdfTextLine> Break(IReadOnlyList<PdfRun> runs, double width)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var state = new LineState(measure, width);
        foreach (var run in runs)
        {
            state.DefaultHeight = run.Font.GetHeight();
            foreach (var token in Tokens(Normalize(run.Text)))
            {
                if (token == "\n")
                {
                    state.EndLine(force: true);
                }
                else if (token == " ")
                {
                    state.AddSpace(run);
                }
                else
                {
                    state.AddWord(token, run);
                }
            }
        }

        state.EndLine(force: false);
        return state.Lines;
    }

    // Tabs become spaces and every line-break convention becomes \n; unprintable characters become U+FFFD.
    private static string Normalize(string text) =>
        PrintableText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ');

    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ' ' or '\n')
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                yield return text[i].ToString();
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    /// <summary>The line being filled and the lines already finished.</summary>
    private sealed class LineState(Func<string, XFont, double> measure, double width)
    {
        private readonly List<PdfTextPiece> _pieces = [];
        private readonly StringBuilder _pending = new();
        private PdfRun? _pendingRun;
        private double _pendingX;
        private double _x;
        private double _height;
        private bool _hasWord;

        public List<PdfTextLine> Lines { get; } = [];

        /// <summary>The height of a line that holds no text (an empty paragraph, a blank line in a quote).</summary>
        public double DefaultHeight { get; set; }

        public void AddSpace(PdfRun run)
        {
            // A space at the start of a line is the one the break replaced.
            if (!_hasWord)
            {
                return;
            }

            Append(" ", run, Measure(" ", run.Font));
        }

        public void AddWord(string word, PdfRun run)
        {
            var wordWidth = Measure(word, run.Font);
            if (_x + wordWidth <= width)
            {
                Append(word, run, wordWidth);
                return;
            }

            if (_hasWord)
            {
                EndLine(force: false);
                AddWord(word, run);
                return;
            }

            // Alone on its line and still too wide: cut it where it must be cut.
            var rest = word;
            while (rest.Length > 0)
            {
                var fit = LongestFittingPrefix(rest, run.Font, width - _x);
                Append(rest[..fit], run, Measure(rest[..fit], run.Font));
                rest = rest[fit..];
                if (rest.Length > 0)
                {
                    EndLine(force: false);
                }
            }
        }

        public void EndLine(bool force)
        {
            Flush();
            if (_pieces.Count == 0 && !force && Lines.Count > 0)
            {
                return;
            }

            // Spaces the break made redundant are dropped, so right edges stay clean.
            if (_pieces.Count > 0)
            {
                var last = _pieces[^1];
                var trimmed = last.Text.TrimEnd(' ');
                if (trimmed.Length == 0)
                {
                    _pieces.RemoveAt(_pieces.Count - 1);
                }
                else if (trimmed.Length != last.Text.Length)
                {
                    _pieces[^1] = last with { Text = trimmed };
                }
            }

            Lines.Add(new PdfTextLine([.. _pieces], _height > 0 ? _height : DefaultHeight));
            _pieces.Clear();
            _x = 0;
            _height = 0;
            _hasWord = false;
        }

        private void Append(string text, PdfRun run, double textWidth)
        {
            if (_pendingRun is not null && !ReferenceEquals(_pendingRun, run))
            {
                Flush();
            }

            if (_pendingRun is null)
            {
                _pendingRun = run;
                _pendingX = _x;
            }

            _pending.Append(text);
            _x += textWidth;
            _height = Math.Max(_height, run.Font.GetHeight());
            _hasWord |= text != " ";
        }

        private void Flush()
        {
            if (_pendingRun is not null && _pending.Length > 0)
            {
                _pieces.Add(new PdfTextPiece(_pending.ToString(), _pendingRun.Font, _pendingRun.Brush, _pendingX));
            }

            _pending.Clear();
            _pendingRun = null;
        }

        private int LongestFittingPrefix(string word, XFont font, double available)
        {
            // At least one character (or surrogate pair) per line, or a very narrow column would never progress.
            var minimum = char.IsHighSurrogate(word[0]) && word.Length > 1 ? 2 : 1;
            int low = minimum, high = word.Length;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (Measure(word[..mid], font) <= available)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            // Never split a surrogate pair.
            if (low < word.Length && low > minimum && char.IsLowSurrogate(word[low]))
            {
                low--;
            }

            return low;
        }

        private double Measure(string text, XFont font) => measure(text, font);
    }
}
