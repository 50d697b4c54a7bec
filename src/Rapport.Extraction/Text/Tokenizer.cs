namespace Rapport.Extraction.Text;

/// <summary>Splits a range of normalised text into tokens; linear, with possessives split off ("Brothers'", "IRGC's").</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                var j = i + 1;
                while (j < end)
                {
                    var d = text[j];
                    if (IsWordChar(d))
                    {
                        j++;
                    }
                    else if ((d is '\'' or '-' or 'ʿ' or 'ʾ' or '`' or '´') && j + 1 < end && IsWordChar(text[j + 1])
                             && !(d == '\'' && (text[j + 1] is 's' or 'S') && (j + 2 >= end || !IsWordChar(text[j + 2]))))
                    {
                        j += 2;
                    }
                    else if (d == '.' && j + 1 < end && char.IsLetter(text[j + 1]) && j - i <= 2 && char.IsUpper(text[i]))
                    {
                        // Dotted acronyms: "U.S.", "U.N.".
                        j += 2;
                        if (j < end && text[j] == '.')
                        {
                            j++;
                        }
                    }
                    else
                    {
                        break;
                    }
                }

                var word = text.AsSpan(i, j - i);
                var kind = char.IsDigit(c) && !word.ContainsAnyExcept("0123456789") ? TokenKind.Number : TokenKind.Word;
                var lower = string.Create(word.Length, (text, i), static (dest, state) => state.text.AsSpan(state.i, dest.Length).ToLowerInvariant(dest));
                tokens.Add(new Token(i, j, kind, lower, char.IsUpper(c)));
                i = j;
                if (i < end && text[i] == '\'')
                {
                    if (i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !IsWordChar(text[i + 2])))
                    {
                        tokens.Add(new Token(i, i + 2, TokenKind.Possessive, "'s", false));
                        i += 2;
                    }
                    else if (word.Length > 1 && word[^1] is 's' or 'S')
                    {
                        tokens.Add(new Token(i, i + 1, TokenKind.Possessive, "'", false));
                        i++;
                    }
                }

                continue;
            }

            tokens.Add(new Token(i, i + 1, TokenKind.Punctuation, Single(c), false));
            i++;
        }

        return tokens;
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || NormalizedText.IsCombining(c);

    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(i => ((char)i).ToString()).ToArray();

    private static string Single(char c) => c < 128 ? Ascii[c] : c.ToString();
}
