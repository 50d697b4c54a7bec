using Rapport.Extraction.Actors;
using Rapport.Extraction.Citations;
using Rapport.Extraction.Dates;
using Rapport.Extraction.Text;

namespace Rapport.Extraction;

/// <summary>What the rules know about one sentence: its tokens, citations, dates and actor mentions.</summary>
internal sealed class SentenceContext(string text, Sentence sentence, List<Token> tokens)
{
    public string Text { get; } = text;

    public Sentence Sentence { get; } = sentence;

    public List<Token> Tokens { get; } = tokens;

    public List<CitationMention> Citations { get; set; } = [];

    public List<DateMention> Dates { get; set; } = [];

    public List<Mention> Mentions { get; set; } = [];

    public int Count => Tokens.Count;

    public string Lower(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Lower : string.Empty;

    public bool InCitation(int i)
    {
        foreach (var c in Citations)
        {
            if (i >= c.First && i < c.Last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mention covering token <paramref name="i"/>, if any.</summary>
    public Mention? MentionAt(int i)
    {
        foreach (var m in Mentions)
        {
            if (i >= m.First && i < m.Last)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The mention ending exactly at token <paramref name="last"/> (exclusive).</summary>
    public Mention? MentionEndingAt(int last)
    {
        for (var k = Mentions.Count - 1; k >= 0; k--)
        {
            if (Mentions[k].Last == last)
            {
                return Mentions[k];
            }
        }

        return null;
    }

    public string Slice(int first, int last) =>
        first >= last || first >= Tokens.Count ? string.Empty : Text[Tokens[first].Start..Tokens[Math.Min(last, Tokens.Count) - 1].End];

    /// <summary>The citation that closes the sentence: one whose ")" or "]" is the last token but for final punctuation.</summary>
    public CitationMention? Closing
    {
        get
        {
            if (Citations.Count == 0)
            {
                return null;
            }

            var last = Citations[^1];
            for (var k = last.Last; k < Tokens.Count; k++)
            {
                if (Tokens[k].Kind != TokenKind.Punctuation || Tokens[k].Lower is "(" or ")" or "[" or "]")
                {
                    return null;
                }
            }

            return last;
        }
    }
}
