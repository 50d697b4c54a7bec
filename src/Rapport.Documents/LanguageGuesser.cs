namespace Rapport.Documents;

/// <summary>
/// A deliberately small language guess: English when common English function words are frequent, else undetermined.
/// Analysts can correct it; it only has to avoid labelling non-English text as English.
/// </summary>
internal static class LanguageGuesser
{
    // A few thousand characters decide it as well as the whole text would.
    private const int SampleLength = 2_000;

    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "that", "is", "was", "for", "on", "with", "as", "by", "at", "from", "his", "her", "its", "their", "has", "have", "had",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = EnglishFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Guess(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        var words = 0;
        var english = 0;
        foreach (var range in sample.SplitAny(" \n\t"))
        {
            var token = sample[range];
            if (token.IsEmpty)
            {
                continue;
            }

            words++;
            if (Lookup.Contains(token))
            {
                english++;
            }
        }

        return words >= 5 && english * 100 >= words * 8 ? "en" : "und";
    }
}
