namespace Rapport.Extraction.Text;

/// <summary>
/// Splits normalised text into blocks (paragraphs, bullets, headings) and sentences, without splitting after
/// abbreviations ("Dr.", "U.S.", "Jan.") or initials ("J. Smith").
/// </summary>
public static class Segmenter
{
    /// <summary>Sentences longer than this are cut at a space, so that no rule ever works on an unbounded span.</summary>
    public const int MaxSentenceLength = 3000;

    private const int MaxHeadingLength = 90;

    /// <summary>"…was strong.[1]", "….[^2]": a sentence closed before its footnote marker is no heading.</summary>
    private static bool EndsOnFootnoteMarker(string text, int start, int end)
    {
        if (text[end - 1] != ']')
        {
            return false;
        }

        var open = text.LastIndexOf('[', end - 1, end - start);
        return open > start && ".!?\")".Contains(text[open - 1], StringComparison.Ordinal);
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "st", "sen", "rep", "gov", "jr", "sr",
        "no", "nos", "vs", "etc", "e.g", "i.e", "cf", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "inc", "ltd", "co", "corp", "adm", "brig", "cmdr", "fig", "approx", "vol", "pp", "ed", "eds",
        "sheikh", "mt", "ft", "hon", "amb", "pres", "dept", "est", "gov't",
        // Short forms of Muhammad that open South Asian names ("Md. Touhid Hossain").
        "md", "mohd", "muhd", "mhd",
    };

    /// <summary>Splits <paramref name="text"/> into blocks.</summary>
    public static IReadOnlyList<Block> Blocks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<Block>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                var kind = BlockKind.Paragraph;
                var s = start;
                if (text[s] == TextNormalizer.Bullet)
                {
                    kind = BlockKind.Bullet;
                    s = Math.Min(end, s + 2);
                }
                else if (end - start <= MaxHeadingLength && !".!?:;)\",".Contains(text[end - 1], StringComparison.Ordinal) && !EndsOnFootnoteMarker(text, start, end))
                {
                    kind = BlockKind.Heading;
                }

                if (end > s)
                {
                    blocks.Add(new Block(blocks.Count, kind, s, end));
                }
            }

            start = end + 1;
        }

        return blocks;
    }

    /// <summary>Splits every block of <paramref name="text"/> into sentences.</summary>
    public static IReadOnlyList<Sentence> Sentences(string text, IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocks);
        var sentences = new List<Sentence>();
        foreach (var block in blocks)
        {
            var start = block.Start;
            var depth = 0;
            for (var i = block.Start; i < block.End; i++)
            {
                var c = text[i];
                if (c is '(' or '[')
                {
                    depth++;
                }
                else if (c is ')' or ']' && depth > 0)
                {
                    depth--;
                }

                var cut = -1;
                if (c is '.' or '!' or '?' && (depth == 0 || i - start > 600))
                {
                    cut = EndOfSentence(text, block, start, i);
                }
                else if ((i - start >= MaxSentenceLength && c == ' ') || (i - start >= 2 * MaxSentenceLength && !char.IsLowSurrogate(c)))
                {
                    cut = i;
                }

                if (cut > 0)
                {
                    Add(sentences, text, block, start, cut);
                    start = cut;
                    depth = 0;
                    i = cut - 1;
                }
            }

            Add(sentences, text, block, start, block.End);
        }

        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, Block block, int start, int end)
    {
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, block, start, end));
        }
    }

    /// <summary>Where the sentence ends when the punctuation at <paramref name="i"/> closes it, else -1.</summary>
    private static int EndOfSentence(string text, Block block, int start, int i)
    {
        var j = i + 1;
        while (j < block.End && j - i < 8 && text[j] is '"' or '\'' or ')' or ']' or '.' or '!' or '?')
        {
            j++;
        }

        // "….[3] Next": a footnote marker after the stop still belongs to the sentence it annotates.
        j = AfterFootnoteMarker(text, block, j);

        if (j >= block.End)
        {
            return -1;
        }

        if (text[j] != ' ')
        {
            return -1;
        }

        var k = j;
        while (k < block.End && text[k] == ' ')
        {
            k++;
        }

        if (k >= block.End)
        {
            return -1;
        }

        var next = text[k];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '(' or '\'' or '[' || !char.IsLetter(next) && !char.IsPunctuation(next)))
        {
            return -1;
        }

        if (text[i] == '.' && IsAbbreviation(text, start, i))
        {
            return -1;
        }

        return j;
    }

    /// <summary>The end of a footnote marker ("[3]", "[^3]", "[12a]") starting at <paramref name="at"/>, else <paramref name="at"/>.</summary>
    internal static int AfterFootnoteMarker(string text, Block block, int at)
    {
        if (at >= block.End || text[at] != '[')
        {
            return at;
        }

        var k = at + 1;
        if (k < block.End && text[k] == '^')
        {
            k++;
        }

        var label = k;
        while (k < block.End && k - label < 4 && char.IsLetterOrDigit(text[k]))
        {
            k++;
        }

        // A bracketed word ("[sic]") is no marker: a marker is numbered, or written "[^label]".
        var closed = k > label && k < block.End && text[k] == ']';
        return closed && (char.IsDigit(text[label]) || text[label - 1] == '^') ? k + 1 : at;
    }

    private static bool IsAbbreviation(string text, int start, int dot)
    {
        var w = dot;
        while (w > start && (char.IsLetter(text[w - 1]) || text[w - 1] == '.' || text[w - 1] == '\''))
        {
            w--;
        }

        var word = text.AsSpan(w, dot - w);
        if (word.Length == 0)
        {
            return false;
        }

        // An initial ("J.") or a dotted acronym ("U.S", "U.N").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Length <= 5 && word.Contains('.') && word.Length >= 3 && char.IsLetter(word[^1]))
        {
            return true;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
