using Rapport.Extraction.Actors;
using Rapport.Extraction.Lexicons;
using Rapport.Extraction.Text;

namespace Rapport.Extraction.Statements;

/// <summary>
/// Finds the first reporting verb of a sentence that has a speaker: "X said (that)…", "X, role, claimed…",
/// "…, he said, …", "according to X". Later reporting verbs in the sentence are nested speech and belong to it.
/// </summary>
internal sealed class SpeechFinder(Lexicon lexicon)
{
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "also", "further", "then", "later", "again", "has", "had", "have", "was", "is", "publicly", "recently", "reportedly",
        "explicitly", "expressly", "often", "repeatedly", "once", "subsequently", "previously", "clearly", "openly", "did",
        "does", "not", "even", "himself", "herself", "itself", "frequently", "once again",
    };

    public SpeechEvent? Find(SentenceContext s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.InCitation(i) || s.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var lower = s.Lower(i);
            if (lower == "according" && s.Lower(i + 1) == "to" && s.MentionAt(i + 2) is { } source && source.First == i + 2
                && source.Kind != Rapport.Model.ActorKind.State)
            {
                var content = source.Last < s.Count && s.Tokens[source.Last].IsPunct(',') ? source.Last + 1 : source.Last;
                return new SpeechEvent(i, source, content);
            }

            if (lexicon.VerbEvent(lower) != "speech" || !Qualifies(s, i, lower))
            {
                continue;
            }

            var speaker = Subject(s, i);
            if (speaker is null)
            {
                continue;
            }

            var start = i + 1;
            while (start < s.Count && (s.Lower(start) is "that" or "on" or "upon" or "for" or "out" or "of" or "about" && start - i <= 2))
            {
                start++;
            }

            return new SpeechEvent(i, speaker, Math.Min(start, s.Count));
        }

        return null;
    }

    // Past-tense verbs that can head a clause another verb is coordinated with.
    private static bool IsVerb(string lower) =>
        lower is "spoke" or "met" or "visited" or "said" or "added" or "called" or "arrived" or "expressed" or "stressed" or "claimed"
            or "thanked" or "praised" or "announced" or "noted" or "held" or "received" or "told";

    private static bool Qualifies(SentenceContext s, int i, string lower) => lower switch
    {
        "called" => s.Lower(i + 1) is "on" or "for" or "upon",
        "pointed" => s.Lower(i + 1) == "out",
        "spoken" => s.Lower(i + 1) is "of" or "about",
        _ => s.Lower(i - 1) is not ("to" or "the" or "its" or "his" or "her" or "their" or "a"),
    };

    /// <summary>The actor right before the verb, past adverbs and auxiliaries, or before an apposition closed by a comma.</summary>
    public static Mention? Subject(SentenceContext s, int verb, int depth = 0)
    {
        var k = verb - 1;
        var skipped = 0;
        while (k >= 0 && skipped < 3 && Adverbs.Contains(s.Lower(k)))
        {
            k--;
            skipped++;
        }

        if (k < 0)
        {
            return null;
        }

        if (s.Lower(k) == "and" && depth < 2)
        {
            // "X spoke to Y and expressed…": a coordinated verb shares the subject of the verb before it.
            for (var p = k - 1; p >= 0 && k - p <= 30; p--)
            {
                if (IsVerb(s.Lower(p)))
                {
                    return Subject(s, p, depth + 1);
                }
            }

            return null;
        }

        if (s.MentionEndingAt(k + 1) is { } direct)
        {
            return direct;
        }

        if (s.Tokens[k].IsPunct(','))
        {
            // "X, deputy head of the bureau, said": the mention before the apposition's opening comma.
            for (var c = k - 1; c >= 0 && verb - c <= 30; c--)
            {
                if (s.Tokens[c].IsPunct(','))
                {
                    var before = s.MentionEndingAt(c);
                    return before is not null && before.Kind == Rapport.Model.ActorKind.Person ? before : null;
                }
            }
        }

        return null;
    }
}
