using System.Text;

namespace Rapport.Bench;

/// <summary>
/// Writes a deterministic corpus of report-like documents: lengths drawn from a log-normal distribution
/// (median about 3 KB, long tail to 60 KB) like news items and briefs, words from a fixed vocabulary.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string[] Vocabulary =
    [
        "the", "of", "and", "to", "in", "a", "delegation", "movement", "support", "military", "political", "bureau", "visit",
        "met", "said", "stressed", "relations", "capital", "official", "spokesman", "according", "statement", "interview",
        "weapons", "funds", "training", "wing", "leader", "deputy", "head", "representative", "ambassador", "minister",
        "talks", "agreement", "resistance", "ceasefire", "border", "rockets", "tunnels", "assistance", "cooperation",
        "regional", "sources", "reported", "agency", "television", "website", "channel", "conference", "ceremony", "meeting",
        "that", "was", "with", "for", "on", "by", "from", "had", "has", "his", "their", "which", "after", "during", "while",
    ];

    /// <summary>Writes <paramref name="count"/> documents under <paramref name="folder"/>; returns total bytes written.</summary>
    public static long Write(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        long bytes = 0;
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            var length = (int)Math.Clamp(Math.Exp(8.0 + (0.8 * Gaussian(random))), 400, 60_000);
            text.Append("Report ").Append(i).Append(": generated benchmark document\n\nPublished: March 3, 2018\n\n");
            var sentence = 0;
            while (text.Length < length)
            {
                text.Append(Vocabulary[random.Next(Vocabulary.Length)]);
                text.Append(++sentence % 14 == 0 ? ". " : " ");
                if (sentence % 90 == 0)
                {
                    text.Append("(Agency").Append(random.Next(40)).Append(", December ").Append(random.Next(1, 29)).Append(", 2017)\n\n");
                }
            }

            var content = text.ToString();
            File.WriteAllText(Path.Combine(folder, $"{i:D6}.txt"), content);
            bytes += Encoding.UTF8.GetByteCount(content);
        }

        return bytes;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
