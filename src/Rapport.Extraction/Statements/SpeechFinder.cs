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
    // "the Rwandan Defence Force spokesman, Brigadier General": how many words may describe a source before its name.
    private const int MaxSourceDescription = 12;

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

            // "The channel quoted Hasanov as saying: …", "the agency quoted the minister as saying that …": the one quoted spoke.
            // "quoted Hun Sen, the president of the Senate, as saying": an apposition may stand before "as saying".
            if (lower is "quoted" or "quotes" && s.Mentions.FirstOrDefault(m => m.First > i && m.First <= i + 5 && m.How != MentionHow.Pronoun) is { } quoted
                && Enumerable.Range(quoted.Last, Math.Max(0, Math.Min(s.Count - 1, quoted.Last + 16) - quoted.Last))
                    .FirstOrDefault(k => s.Lower(k) == "as" && s.Lower(k + 1) == "saying" && (k == quoted.Last || s.Tokens[k - 1].IsPunct(',')), -1) is var asSaying and >= 0
                && Enumerable.Range(i + 1, quoted.First - i - 1).All(k => lexicon.Roles.Contains(s.Lower(k)) || s.Lower(k) == "the" || s.Tokens[k].IsCapitalized))
            {
                return new SpeechEvent(asSaying + 1, quoted, ContentStart(s, asSaying + 1));
            }

            // "Said the minister: …", "…; said X in a post on X: "…"": the verb opens its clause and the speaker follows it.
            if (lower is "said" or "says" or "added" or "wrote" && (i == 0 || s.Tokens[i - 1].IsPunct(';'))
                && s.MentionAt(i + 1) is { IsPerson: true } first && first.First == i + 1 && first.How != MentionHow.Pronoun)
            {
                return new SpeechEvent(i, first, AfterInvertedSpeaker(s, first.Last));
            }

            // '"…," said Hun Manet, the Cambodian prime minister': the speaker after the verb, the quotation before it.
            if (lexicon.VerbEvent(lower) == "speech" && lower is "said" or "says" or "added" or "wrote" && i >= 2 && IsQuote(s, 0)
                && (IsQuote(s, i - 1) || (s.Tokens[i - 1].IsPunct(',') && IsQuote(s, i - 2)))
                && s.MentionAt(i + 1) is { IsPerson: true } inverted && inverted.First == i + 1 && inverted.How != MentionHow.Pronoun)
            {
                return new SpeechEvent(i, inverted, 0, s.Tokens[i - 1].IsPunct(',') ? i - 1 : i);
            }

            if (lower == "according" && s.Lower(i + 1) == "to")
            {
                // "According to the agency, the minister told him that…": the speaker of the clause speaks, the source reports.
                if (ClauseAfterSource(s, i + 2) is { } reported)
                {
                    return reported;
                }

                // "according to U.N. figures" cites data, not a speaker: the source must end the phrase.
                if (s.MentionAt(i + 2) is { } source && source.First == i + 2 && source.Kind != Rapport.Model.ActorKind.State
                    && (source.Last >= s.Count || s.Tokens[source.Last].Kind != TokenKind.Word || s.Lower(source.Last) is "who" or "which"))
                {
                    var content = source.Last < s.Count && s.Tokens[source.Last].IsPunct(',') ? source.Last + 1 : source.Last;
                    return new SpeechEvent(i, source, content);
                }

                // "according to the ministry's spokesman, Colonel X, …": a person named after the office that introduces them.
                if (DescribedSource(s, i + 2) is { } described)
                {
                    return described;
                }
            }

            // "Zenda Affairs Notes staff": a capitalised word inside a sentence is part of a name, not a verb.
            if (lexicon.VerbEvent(lower) != "speech" || !Qualifies(s, i, lower) || (i > 0 && s.Tokens[i].IsCapitalized && s.Tokens[i - 1].IsWord))
            {
                continue;
            }

            var speaker = Subject(s, i);
            if (speaker is null || s.Lower(speaker.First - 1) == "as")
            {
                // "…, as the minister claimed": a speech already reported, recalled.
                continue;
            }

            // "A reaffirmed X, according to spokesperson B": B reports what A said, and the record is B's (A's is nested).
            if (Reporter(s, i, speaker) is { } reporter)
            {
                return reporter;
            }

            return QuoteBefore(s, speaker) is { } quoteEnd
                ? new SpeechEvent(i, speaker, 0, quoteEnd)
                : new SpeechEvent(i, speaker, ContentStart(s, i));
        }

        return null;
    }

    /// <summary>
    /// A person named after a later "according to" in the sentence, when it is someone other than the speaker of the verb:
    /// the speech is theirs, from the sentence's start to the comma before "according".
    /// </summary>
    private SpeechEvent? Reporter(SentenceContext s, int verb, Mention speaker)
    {
        for (var k = verb + 1; k + 2 < s.Count; k++)
        {
            if (s.Lower(k) != "according" || s.Lower(k + 1) != "to")
            {
                continue;
            }

            for (var m = k + 2; m < s.Count && m - k <= 8; m++)
            {
                if (s.MentionAt(m) is { } mention && mention.First == m)
                {
                    if (mention.IsPerson && mention.How is not MentionHow.Pronoun && mention.Actor != speaker.Actor)
                    {
                        return new SpeechEvent(k, mention, 0, s.Tokens[k - 1].IsPunct(',') ? k - 1 : k);
                    }

                    if (mention.IsPerson)
                    {
                        return null;
                    }

                    m = mention.Last - 1;
                    continue;
                }

                if (!(lexicon.Roles.Contains(s.Lower(m)) || s.Lower(m) is "the" || s.Tokens[m].Kind == TokenKind.Possessive || s.Tokens[m].IsCapitalized))
                {
                    return null;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// '"We have narrowed the differences," the minister told reporters': when the sentence opens on a quotation that closes
    /// right before its speaker, the quotation is the speech. Returns the index after the closing quotation mark, or null.
    /// </summary>
    private static int? QuoteBefore(SentenceContext s, Mention speaker)
    {
        if (s.Count == 0 || !IsQuote(s, 0) || speaker.First < 3)
        {
            return null;
        }

        var k = speaker.First - 1;
        if (s.Lower(k) == "the")
        {
            k--;
        }

        while (k > 0 && s.Tokens[k].Kind == TokenKind.Punctuation && !IsQuote(s, k))
        {
            k--;
        }

        return k > 0 && IsQuote(s, k) ? k + 1 : null;
    }

    private static bool IsQuote(SentenceContext s, int k) =>
        s.Tokens[k].Kind == TokenKind.Punctuation && s.Tokens[k].Lower is "\"" or "\u201c" or "\u201d";

    // Past-tense verbs that can head a clause another verb is coordinated with: irregular ones, and any "-ed" form.
    private static bool IsVerb(string lower) =>
        lower is "spoke" or "met" or "said" or "held" or "told" or "made" or "gave" or "sent" or "took" or "wrote" or "went" or "came" or "was" or "were"
            || (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>
    /// "according to the X Force spokesman, Colonel Y, …", "according to Colonel Y, the spokesman of the X Force, …": the person an
    /// "according to" names after or before a description of their office. The speech runs from after the description.
    /// </summary>
    private SpeechEvent? DescribedSource(SentenceContext s, int from)
    {
        for (var k = from; k < s.Count && k - from <= MaxSourceDescription; k++)
        {
            if (s.MentionAt(k) is { } mention && mention.First == k)
            {
                if (!mention.IsPerson)
                {
                    k = mention.Last - 1;
                    continue;
                }

                if (mention.How == MentionHow.Pronoun || (mention.Last < s.Count && !s.Tokens[mention.Last].IsPunct(',')))
                {
                    return null;
                }

                var content = Math.Min(s.Count, mention.Last + 1);
                return AppositionEnd(s, content) is { } after ? new SpeechEvent(from - 2, mention, after) : new SpeechEvent(from - 2, mention, content);
            }

            if (!(Describes(s, k) || s.Tokens[k].IsPunct(',')))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The token after an apposition of office that starts at <paramref name="from"/> ("the spokesman of the X Force,"), or null.</summary>
    private int? AppositionEnd(SentenceContext s, int from)
    {
        if (from >= s.Count || s.Lower(from) is not ("the" or "a" or "an") && !lexicon.Roles.Contains(s.Lower(from)))
        {
            return null;
        }

        var sawRole = false;
        for (var k = from; k < s.Count && k - from <= MaxSourceDescription; k++)
        {
            if (s.Tokens[k].IsPunct(','))
            {
                return sawRole ? k + 1 : null;
            }

            sawRole |= lexicon.Roles.Contains(s.Lower(k));
            if (s.MentionAt(k) is { } inner && inner.First == k && !inner.IsPerson)
            {
                k = inner.Last - 1;
                continue;
            }

            if (!Describes(s, k))
            {
                return null;
            }
        }

        return null;
    }

    // The words of a description of someone's office: "the", "of", role nouns, possessives and the capitalised words of a body's name.
    private bool Describes(SentenceContext s, int k) =>
        s.Lower(k) is "the" or "a" or "an" or "of" or "for" or "and" || lexicon.Roles.Contains(s.Lower(k))
        || s.Tokens[k].Kind == TokenKind.Possessive || (s.Tokens[k].IsCapitalized && s.Tokens[k].IsWord);

    /// <summary>The speech of the clause after "according to SOURCE,", when its subject is a person who speaks.</summary>
    private SpeechEvent? ClauseAfterSource(SentenceContext s, int from)
    {
        var comma = -1;
        for (var k = from; k < s.Count && k - from <= 10; k++)
        {
            if (s.Tokens[k].IsPunct(','))
            {
                comma = k;
                break;
            }
        }

        if (comma < 0)
        {
            return null;
        }

        for (var v = comma + 2; v < s.Count && v - comma <= 12; v++)
        {
            var lower = s.Lower(v);
            if (lexicon.VerbEvent(lower) == "speech" && Qualifies(s, v, lower) && Subject(s, v) is { IsPerson: true } speaker && speaker.First > comma)
            {
                return new SpeechEvent(v, speaker, ContentStart(s, v));
            }
        }

        return null;
    }

    /// <summary>Where the speech starts after a speaker who follows the verb: after a colon or a "that" close by, else right after.</summary>
    private static int AfterInvertedSpeaker(SentenceContext s, int from)
    {
        for (var k = from; k < s.Count && k - from <= 8; k++)
        {
            if (s.Tokens[k].IsPunct(':') || s.Lower(k) == "that")
            {
                return k + 1;
            }

            if (IsQuote(s, k))
            {
                return k;
            }
        }

        return from < s.Count && s.Tokens[from].IsPunct(',') ? from + 1 : from;
    }

    private static int ContentStart(SentenceContext s, int verb)
    {
        // "said on Saturday that…", "told parliament on Wednesday that…": the speech begins after its "that".
        for (var k = verb + 1; k < s.Count && k - verb <= 8 && s.Tokens[k].Kind != TokenKind.Punctuation; k++)
        {
            if (s.Lower(k) == "that")
            {
                return Math.Min(k + 1, s.Count);
            }
        }

        var start = verb + 1;
        while (start < s.Count && (s.Lower(start) is "that" or "on" or "upon" or "for" or "out" or "of" or "about" && start - verb <= 2))
        {
            start++;
        }

        return Math.Min(start, s.Count);
    }

    private static bool Qualifies(SentenceContext s, int i, string lower) => lower switch
    {
        // "called on/for", and "called the campaign a crime": calling something a name is speech; calling someone is not.
        "called" => (s.Lower(i + 1) is "on" or "for" or "upon" && !Meetings.MeetingFinder.IsCourtesyCall(s, i)) || NamesSomething(s, i),
        "pointed" => s.Lower(i + 1) == "out",
        "spoken" => s.Lower(i + 1) is "of" or "about",

        // "welcomed the agreement" is speech; "welcomed the two delegations", "welcomed X at the airport" is a reception.
        "welcomed" or "welcomes" => !WelcomesPeople(s, i),
        _ => s.Lower(i - 1) is not ("to" or "the" or "its" or "his" or "her" or "their" or "a"),
    };

    /// <summary>Whether the object of "welcomed" is people: a person named within three words, or a noun for visitors.</summary>
    private static bool WelcomesPeople(SentenceContext s, int verb)
    {
        for (var k = verb + 1; k < s.Count && k <= verb + 4; k++)
        {
            if (s.MentionAt(k) is { IsPerson: true } || s.Lower(k) is "delegation" or "delegations" or "visitors" or "guests" or "guest" or "counterpart" or "leaders")
            {
                return true;
            }

            if (s.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"called the campaign a crime": "the/his/its …" then, within three words, "a"/"an".</summary>
    private static bool NamesSomething(SentenceContext s, int verb)
    {
        if (s.Lower(verb + 1) is not ("the" or "this" or "that" or "his" or "her" or "its" or "their" or "it"))
        {
            return false;
        }

        for (var k = verb + 2; k < s.Count && k <= verb + 5; k++)
        {
            if (s.Lower(k) is "a" or "an")
            {
                return true;
            }
        }

        return false;
    }

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

        // 'Ali Hasanov ("the Falcon") said': a nickname or an initialism in brackets between the name and its verb.
        if (k >= 2 && s.Tokens[k].IsPunct(')'))
        {
            for (var o = k - 1; o >= 0 && k - o <= 6; o--)
            {
                if (s.Tokens[o].IsPunct('('))
                {
                    k = o - 1;
                    break;
                }
            }
        }

        // "Britain's Foreign Office on Wednesday denied": a date between the subject and its verb.
        if (k >= 0 && s.Dates.FirstOrDefault(d => d.Last == k + 1) is { } date && date.First > 0)
        {
            k = date.First - 1;
            if (s.Lower(k) is "on" or "in")
            {
                k--;
            }
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
            // "Analysts in the capital said", "the panel on Ruritania said": a place or state after a preposition is not who.
            if ((direct.How == MentionHow.Metonym || direct.Kind == Rapport.Model.ActorKind.State)
                && s.Lower(direct.First - 1 - (s.Lower(direct.First - 1) == "the" ? 1 : 0)) is "in" or "from" or "at" or "on" or "of" or "for" or "to" or "by" or "with")
            {
                return null;
            }

            // "Ruritania and Freedonia announced": a joint speaker is not the last one named.
            if (s.Lower(direct.First - 1) == "and" && s.MentionEndingAt(direct.First - 1) is not null)
            {
                return null;
            }

            return direct;
        }

        if (s.Tokens[k].IsPunct(','))
        {
            // "the deputy foreign minister, Ali Rahimi, held": the name is the apposition; "Its spokesperson, Ambassador X, told":
            // a title may stand between the comma and the name.
            if (s.MentionEndingAt(k) is { IsPerson: true } named && named.First > 0)
            {
                var before = named.First - 1;

                // "The Minister, Mr. X, received": the stop of a form of address.
                if (before >= 2 && s.Tokens[before].IsPunct('.') && s.Tokens[before - 1].IsWord && s.Tokens[before - 1].IsCapitalized && s.Tokens[before - 1].Lower.Length <= 4)
                {
                    before -= 2;
                }

                while (before > 0 && before >= named.First - 4 && s.Tokens[before].IsWord && s.Tokens[before].IsCapitalized && s.MentionAt(before) is null)
                {
                    before--;
                }

                if (s.Tokens[before].IsPunct(','))
                {
                    return named;
                }
            }

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
