namespace Rapport.Documents;

/// <summary>
/// A deliberately small language guess: English when common English function words are frequent, else undetermined.
/// Analysts can correct it; it only has to avoid labelling non-English text as English.
/// </summary>
internal static class LanguageGuesser
{
    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "that", "is", "was", "for", "on", "with", "as", "by", "at", "from", "his", "her", "its", "their", "has", "have", "had",
    };

    public static string Guess(string text)
    {
        var words = 0;
        var english = 0;
        foreach (var token in text.AsSpan(0, Math.Min(text.Length, 20_000)).ToString().Split(' ', '\n', '\t'))
        {
            if (token.Length == 0)
            {
                continue;
            }

            words++;
            if (EnglishFunctionWords.Contains(token))
            {
                english++;
            }
        }

        return words >= 5 && english * 100 >= words * 8 ? "en" : "und";
    }
}
