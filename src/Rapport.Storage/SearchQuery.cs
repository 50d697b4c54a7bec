using System.Text;

namespace Rapport.Storage;

/// <summary>
/// A search as a person types it: words that must all appear, "quoted phrases", and word* prefixes.
/// Parsing it ourselves, rather than passing the text to the engine, means no input can be a syntax error in
/// FTS5 or tsquery, and both backends answer the same question.
/// </summary>
public sealed class SearchQuery
{
    private SearchQuery(string text, IReadOnlyList<SearchTerm> terms)
    {
        Text = text;
        Terms = terms;
    }

    /// <summary>The query as typed.</summary>
    public string Text { get; }

    /// <summary>The terms that must all match.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>Parses a query; false with a one-line reason when it has nothing to search for.</summary>
    public static bool TryParse(string? text, out SearchQuery? query, out string? error)
    {
        query = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the search query is empty";
            return false;
        }

        var terms = new List<SearchTerm>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var inner = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                var words = Words(inner);
                if (words.Count > 0)
                {
                    terms.Add(new SearchTerm(words, IsPrefix: false));
                }

                i = close < 0 ? text.Length : close + 1;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
            {
                end++;
            }

            var chunk = text[i..end];
            var chunkWords = Words(chunk);
            if (chunkWords.Count > 0)
            {
                var prefix = chunk.EndsWith('*');
                for (var w = 0; w < chunkWords.Count; w++)
                {
                    terms.Add(new SearchTerm([chunkWords[w]], prefix && w == chunkWords.Count - 1));
                }
            }

            i = Math.Max(end, i + 1);
        }

        if (terms.Count == 0)
        {
            error = $"the search query '{text}' has no words to search for";
            return false;
        }

        query = new SearchQuery(text, terms);
        return true;
    }

    /// <summary>Parses a query.</summary>
    /// <exception cref="FormatException">The query has no words.</exception>
    public static SearchQuery Parse(string text) =>
        TryParse(text, out var query, out var error) ? query! : throw new FormatException(error);

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', Terms);

    // Letters and digits make words, as in the engines' own tokenisers; everything else separates them.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
