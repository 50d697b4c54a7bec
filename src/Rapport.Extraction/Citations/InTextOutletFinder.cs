using Rapport.Extraction.Lexicons;
using Rapport.Extraction.Text;
using Rapport.Model;

namespace Rapport.Extraction.Citations;

/// <summary>
/// Outlets named in the running text rather than in a bracket: "told Reuters", "in an interview with Al-Mayadeen",
/// "speaking to the Spanish news agency EFE", "in remarks carried by Israel Radio", "…, the official news agency WAFA
/// reported". The outlet is recognised by its place after such a phrase and by its shape (capitalised words that name
/// no person, state or title), never by a list of outlets; such a citation gives no date.
/// </summary>
internal static class InTextOutletFinder
{
    private const int MaxOutletWords = 4;

    // Nouns that say what kind of outlet the following (or preceding) name is: general vocabulary, not names.
    private static readonly HashSet<string> MediaNouns = new(StringComparer.Ordinal)
    {
        "agency", "newspaper", "daily", "weekly", "channel", "television", "tv", "radio", "broadcaster", "network", "website",
        "magazine", "station", "outlet", "paper", "site", "newswire", "wire",
    };

    // Words after which an outlet is the one spoken to or the one that carried the words.
    private static readonly HashSet<string> SpokenTo = new(StringComparer.Ordinal)
    {
        "speaking", "talking", "spoke", "speaks", "interview", "interviews", "remarks", "statement", "statements", "comments",
    };

    private static readonly HashSet<string> CarriedBy = new(StringComparer.Ordinal)
    {
        "carried", "published", "quoted", "broadcast", "aired", "cited", "reported",
    };

    /// <summary>The outlets the sentence names in its text, with their offsets in the normalised text.</summary>
    public static List<(CitedOutlet Outlet, int Start, int End)> Find(SentenceContext s, Lexicon lexicon)
    {
        var found = new List<(CitedOutlet, int, int)>();
        for (var i = 0; i < s.Count; i++)
        {
            if (s.InCitation(i) || !s.Tokens[i].IsWord)
            {
                continue;
            }

            var lower = s.Lower(i);

            // "in a post on <platform>", "in a statement posted on <platform>": the platform carried the words.
            var posted = lower == "on" && (s.Lower(i - 1) is "post" or "posted" or "posts" or "tweet" or "video" or "message" or "messages"
                                           || (s.Lower(i - 1) is "published" or "released" or "circulated" && s.Lower(i - 2) is not ("was" or "were")));
            if (posted && i + 1 < s.Count && s.Tokens[i + 1].IsCapitalized && s.MentionAt(i + 1) is null && !Weekday(s.Lower(i + 1))
                && (i + 2 >= s.Count || !s.Tokens[i + 2].IsCapitalized))
            {
                var t = s.Tokens[i + 1];
                found.Add((new CitedOutlet(s.Text[t.Start..t.End], PartialDate.Unknown), t.Start, t.End));
                continue;
            }

            var trigger = lower is "told" or "tells" or "telling"
                          || (lower is "to" or "with" && SpokenTo.Contains(s.Lower(i - 1)))
                          || (lower == "by" && CarriedBy.Contains(s.Lower(i - 1)));
            if (trigger && After(s, i + 1, lexicon) is { } after)
            {
                found.Add(after);
                continue;
            }

            // "…, the official news agency WAFA reported": a kind of outlet, its name, then the reporting verb.
            if (lower is "reported" or "reports" or "quoted" or "quotes" && Before(s, i, lexicon) is { } before)
            {
                found.Add(before);
            }
        }

        return found;
    }

    private static bool Weekday(string lower) => lower is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";

    private static (CitedOutlet, int, int)? After(SentenceContext s, int from, Lexicon lexicon)
    {
        var k = from;
        if (s.Lower(k) is "the" or "a" or "an")
        {
            k++;
        }

        // "the Spanish news agency EFE", "the Hurriyet newspaper", "Israel Radio": a kind of outlet within a few words.
        var noun = -1;
        for (var m = k; m < s.Count && m - k < 4 && s.Tokens[m].IsWord; m++)
        {
            if (MediaNouns.Contains(s.Lower(m)))
            {
                noun = m;
                break;
            }
        }

        if (noun >= 0)
        {
            if (Run(s, noun + 1, lexicon) is { } named)
            {
                return named;
            }

            // The kind of outlet says what the capitalised words before it name, even a place ("Israel Radio").
            return noun > k && Enumerable.Range(k, noun - k).All(m => s.Tokens[m].IsCapitalized)
                ? Name(s, k, s.Tokens[noun].IsCapitalized ? noun + 1 : noun)
                : null;
        }

        // "told Reuters": the name right after the phrase, unless it names an actor, a body or a title ("told Parliament").
        if (k != from || Run(s, k, lexicon) is not { } bare)
        {
            return null;
        }

        // "had told Hariri not to sign": whoever is told to do something is a person, not an outlet.
        var next = from;
        while (next < s.Count && s.Tokens[next].Start < bare.Item3)
        {
            next++;
        }

        if (s.Lower(next) is "not" or "to")
        {
            return null;
        }

        for (var m = k; m < s.Count && s.Tokens[m].Start < bare.Item3; m++)
        {
            if (lexicon.InstitutionWords.Contains(s.Lower(m)) || s.MentionAt(m) is not null)
            {
                return null;
            }
        }

        return bare;
    }

    private static (CitedOutlet, int, int)? Before(SentenceContext s, int verb, Lexicon lexicon)
    {
        var first = verb;
        while (first > 0 && verb - first < MaxOutletWords && s.Tokens[first - 1].IsWord && s.Tokens[first - 1].IsCapitalized)
        {
            first--;
        }

        return first < verb && first > 0 && MediaNouns.Contains(s.Lower(first - 1)) ? Run(s, first, lexicon, verb) : null;
    }

    /// <summary>Capitalised words from <paramref name="from"/> (at most four, up to <paramref name="to"/>) that can be an outlet's name.</summary>
    private static (CitedOutlet, int, int)? Run(SentenceContext s, int from, Lexicon lexicon, int to = int.MaxValue)
    {
        var end = from;
        while (end < s.Count && end < to && end - from < MaxOutletWords && s.Tokens[end].IsWord && s.Tokens[end].IsCapitalized && !s.InCitation(end))
        {
            end++;
        }

        if (end == from || s.Lower(from) is "i" or "he" or "she" or "they" or "we" || lexicon.Roles.Contains(s.Lower(from))
            || lexicon.HonorificLength(k => s.Lower(from + k), 0) > 0)
        {
            return null;
        }

        // A person or a state named there is who was told, not where it was told.
        if (s.MentionAt(from) is { } mention && (mention.IsPerson || mention.Kind == ActorKind.State || mention.How == Actors.MentionHow.Metonym))
        {
            return null;
        }

        return Name(s, from, end);
    }

    private static (CitedOutlet, int, int) Name(SentenceContext s, int from, int end)
    {
        var start = s.Tokens[from].Start;
        var stop = s.Tokens[end - 1].End;
        return (new CitedOutlet(s.Text[start..stop], PartialDate.Unknown), start, stop);
    }
}
