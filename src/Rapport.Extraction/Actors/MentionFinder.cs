using Rapport.Extraction.Gazetteers;
using Rapport.Extraction.Lexicons;
using Rapport.Extraction.Names;
using Rapport.Extraction.Text;
using Rapport.Model;

namespace Rapport.Extraction.Actors;

/// <summary>
/// Finds actor mentions in a sentence: gazetteer names (longest match, transliteration-aware), surnames of people
/// already named, pronouns and role references ("the spokesman"), parts of organisations ("the movement's military wing"),
/// and people no gazetteer knows, discovered from titles and appositions ("PIJ spokesman X", "X, the Y ambassador to Z").
/// </summary>
internal sealed class MentionFinder(DocumentActors actors, Lexicon lexicon)
{
    private const int MaxNameTokens = 4;

    // Capitalised words that open sentences or clauses and never start a name.
    // Words a title-case headline capitalises that are never part of a name: "Foreign Minister X Holds Bilateral Meetings".
    private static readonly HashSet<string> NeverInName = new(StringComparer.Ordinal)
    {
        "holds", "discusses", "urges", "signs", "opens", "launches", "bilateral", "trilateral", "meetings", "talks", "visit", "visits",
    };

    private static readonly HashSet<string> NotNameStarts = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "during", "according", "following", "since", "before", "after", "meeting", "right",
        "left", "other", "it", "he", "she", "they", "this", "that", "these", "those", "however", "thus", "also", "statement",
        "statements", "appendix", "when", "while", "why", "what", "who", "where", "there", "his", "her", "their", "its", "as",
        "for", "from", "with", "by", "and", "or", "but", "if", "until", "photo", "cartoon", "members", "senior", "visits",
        "areas", "reasons", "overview", "change", "additional", "we", "i", "our", "my", "last", "next", "today", "yesterday",
        "condolence", "both", "all", "some", "many", "several", "most", "each", "every", "any", "no", "not", "to", "of",
        "then", "later", "earlier", "meanwhile", "separately", "similarly", "instead", "now", "again", "still", "yet", "so",
        "afterwards", "subsequently", "likewise", "moreover", "furthermore", "finally", "first", "second", "third",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "bin", "ibn", "bint", "abu", "abd", "al", "el", "de", "van", "von", "ben" };

    // Abbreviated ranks and forms of address: "Maj. Gen. Pat Ryder" is Pat Ryder.
    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "gen", "maj", "col", "lt", "capt", "cpt", "sgt", "brig", "adm", "cmdr", "gov", "sen", "rep", "pres", "amb", "prof", "hon", "st",
    };

    private HashSet<string>? _honorificWords;

    // Single-word honorifics ("sayyid", "highness"): never a name part of their own.
    private HashSet<string> HonorificWords => _honorificWords ??= lexicon.Honorifics.Where(h => h.Length == 1).Select(h => h[0]).ToHashSet(StringComparer.Ordinal);

    // Folding allocates; the same words recur through a document, so each is folded once per run.
    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);

    private string Fold(string lower)
    {
        if (!_folded.TryGetValue(lower, out var key))
        {
            key = NameKey.Fold(lower);
            if (_folded.Count < 100_000)
            {
                _folded[lower] = key;
            }
        }

        return key;
    }

    private readonly record struct Piece(int Token, string Key, bool Cap, bool Upper, bool Break, string Surface = "");

    /// <summary>Finds and resolves the mentions of <paramref name="s"/>.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="focus">The person a sentence-initial pronoun most likely means: the current speaker or last subject.</param>
    /// <param name="firstPerson">In a transcript turn, the person "I" means; else null.</param>
    public List<Mention> Find(SentenceContext s, DocActor? focus, DocActor? firstPerson = null)
    {
        var mentions = new List<Mention>();
        var pieces = Pieces(s);
        var keys = new string[pieces.Count];
        var upper = new bool[pieces.Count];
        var surfaces = new string[pieces.Count];
        for (var k = 0; k < pieces.Count; k++)
        {
            (keys[k], upper[k], surfaces[k]) = (pieces[k].Key, pieces[k].Upper, pieces[k].Surface);
        }

        var covered = new bool[s.Count];

        for (var p = 0; p < pieces.Count; p++)
        {
            var piece = pieces[p];
            if (piece.Break || !(piece.Cap || piece.Upper))
            {
                continue;
            }

            var matches = actors.Gazetteer.Match(keys, p, upper, surfaces);
            if (matches.Count > 0 && matches[0].Length > 1 && matches.All(m => m.Entry.Kind == ActorKind.Person) && TitlePieces(pieces, p, matches[0].Length) is var title and > 0)
            {
                // "Ruritanian Prime Minister Ali Rahimi" filed as one name: the title is words of its own, the name is matched alone.
                matches = actors.Gazetteer.Match(keys, p, upper, surfaces, title);
            }

            var length = matches.Count > 0 ? matches[0].Length : 0;
            var entry = matches.Count > 0 ? Choose(matches) : null;
            var how = matches.Count > 0 ? How(matches[0].AliasKind) : MentionHow.Name;
            DocActor? actor = null;

            // "Prince Faisal", "Sayyid Badr": an honorific and a given name refer back to the one person named in full with it.
            if (length <= 1 && pieces[p].Token > 0 && HonorificBefore(s, pieces[p].Token)
                && (p + 1 >= pieces.Count || pieces[p + 1].Token != pieces[p].Token || pieces[p + 1].Break)
                && !NameContinues(s, pieces, p) && actors.ByGivenName(keys[p]) is { } given)
            {
                actor = given;
                length = 1;
                how = MentionHow.Surname;
            }

            // A surname of someone already named beats a gazetteer alias of another person with that name, but not within a
            // longer name ("Abu Mahdi" is not "Abdul-Mahdi").
            // Nor after a particle: "Karl bin Kessel" is not "Otto bin Kessel".
            else if (length <= 2 && (entry is null || (entry.Kind == ActorKind.Person && !actors.Seen(entry.Id)))
                && !(pieces[p].Token > 0 && !covered[pieces[p].Token - 1] && s.Tokens[pieces[p].Token - 1].IsCapitalized
                     && IsNameToken(s, pieces[p].Token - 1, first: true))
                && !(pieces[p].Token > 1 && Particles.Contains(s.Lower(pieces[p].Token - 1)) && s.Tokens[pieces[p].Token - 2].IsCapitalized
                     && !covered[pieces[p].Token - 2]))
            {
                for (var n = Math.Min(2, pieces.Count - p); n >= 1; n--)
                {
                    if (Enumerable.Range(p, n).Any(k => pieces[k].Break || (k > p && pieces[k].Token != pieces[k - 1].Token && !pieces[k].Cap)))
                    {
                        continue;
                    }

                    var bySurname = actors.BySurname(keys[p..(p + n)]);

                    // "Pak Yo Han" after "Pak Sung Ho": a family name that opens another full name is not the first person.
                    if (bySurname is not null && n == 1 && bySurname.NameParts[^1] != keys[p] && NameContinues(s, pieces, p))
                    {
                        bySurname = null;
                    }

                    if (bySurname is not null && n >= length)
                    {
                        actor = bySurname;
                        length = n;
                        how = MentionHow.Surname;
                        break;
                    }
                }
            }

            // "Anwar told journalists", "Hassan Sheikh thanked Erdogan": the opening words of a name given in full earlier, used
            // alone, as Malay, Thai, Ethiopian and Somali usage does. Only when nothing else matched, the words stand alone (no name
            // word before or after them), and exactly one person named so far opens that way.
            // "Minister Gil" after "Yván Gil Pinto", "President Lula" after "Luiz Inácio Lula da Silva": after a title, an inner word
            // of a long name given earlier is that person (Spanish and Portuguese names put the family name used alone inside).
            if (actor is null && length <= 1 && (entry is null || !actors.Seen(entry.Id)) && pieces[p].Cap && pieces[p].Token > 0
                && (lexicon.Roles.Contains(s.Lower(pieces[p].Token - 1)) || HonorificBefore(s, pieces[p].Token))
                && !NameContinues(s, pieces, p) && actors.ByInnerPart(keys[p]) is { } inner)
            {
                actor = inner;
                length = 1;
                how = MentionHow.Surname;
            }

            // "ROSEMARY DICARLO, Under-Secretary-General …": a name in capitals the text has already taken as a person's.
            if (actor is null && entry is null && pieces[p].Upper)
            {
                for (var n = Math.Min(4, pieces.Count - p); n >= 2; n--)
                {
                    if (Enumerable.Range(p, n).All(k => pieces[k].Upper && !pieces[k].Break) && actors.ExactPerson(keys[p..(p + n)]) is { } known)
                    {
                        actor = known;
                        length = n;
                        how = MentionHow.Name;
                        break;
                    }
                }
            }

            // A one-word body of a derived gazetteer ("Hassan") or a shorter match gives way to the person named in full.
            if (actor is null && length <= 1 && LeadingPartsAlone(s, pieces, keys, p, covered) is { } leading
                && (entry is null || leading.Length > length || (entry.Kind != ActorKind.Person && entry.Priority < GazetteerLoader.DefaultPriority)))
            {
                actor = leading.Actor;
                length = leading.Length;
                how = MentionHow.Surname;
            }

            // "Nabil Haddad": one capitalised word right after an unmatched capitalised word is a person's name part,
            // not a one-word body or place that happens to fold to the same key.
            // The same holds for a person's one-word surname alias: "Turki al-Maliki" is not the "Al-Maliki" of the gazetteer.
            if (actor is null && entry is not null && length == 1 && (entry.Kind != ActorKind.Person || !actors.Seen(entry.Id)) && p > 0
                && !pieces[p - 1].Break && pieces[p - 1].Cap && pieces[p - 1].Token != pieces[p].Token && !covered[pieces[p - 1].Token]
                && IsNameToken(s, pieces[p - 1].Token, first: true))
            {
                continue;
            }

            // "Hassan Nabil": a one-word body or unit of a derived gazetteer that opens a run of capitalised name words is
            // the person's first name, left to discovery. So is a place standing for a state ("Tarlenheim Hasanov"): a city or a
            // mountain named right before a personal name is a given name, as places are never written that way.
            if (actor is null && entry is not null && length == 1
                && (entry.Kind is ActorKind.Organization or ActorKind.Unit || matches[0].AliasKind == AliasKind.Metonym)
                && entry.Priority < GazetteerLoader.DefaultPriority && NameContinues(s, pieces, p))
            {
                continue;
            }

            if (actor is null && entry is not null)
            {
                actor = actors.FromEntry(entry);
            }

            if (length == 0)
            {
                continue;
            }

            var first = pieces[p].Token;
            var last = pieces[p + length - 1].Token + 1;

            // "Karl Rudolf Elphberg Itno" where the gazetteer knows "Rudolf Elphberg": a given name before a full name the gazetteer
            // knows makes it someone else's name (a son named after his father), so the whole name is left to discovery.
            if (actor is { Kind: ActorKind.Person } && how is MentionHow.Name && length >= 2 && first > 0 && !covered[first - 1]
                && s.Tokens[first - 1].IsCapitalized && IsNameToken(s, first - 1, first: true) && !actors.Seen(actor.Id)
                && (first < 2 || s.Tokens[first - 2].Kind != TokenKind.Word || !s.Tokens[first - 2].IsCapitalized
                    || lexicon.Roles.Contains(s.Lower(first - 2)) || HonorificWords.Contains(s.Lower(first - 2))))
            {
                p += length - 1;
                continue;
            }

            // "Ali Rahimi" where the gazetteer knows "Rahimi": the first name before it belongs to the mention.
            if (actor is { Kind: ActorKind.Person } && how is MentionHow.Name && length == 1 && first > 0 && !covered[first - 1]
                && s.Tokens[first - 1].IsCapitalized && IsNameToken(s, first - 1, first: true) && TitleBefore(s, first, mentions) is null)
            {
                first--;
            }

            p += length - 1;
            if (actor is null)
            {
                // Ambiguous between people: leave unresolved rather than guess, but do not rediscover it either.
                MarkCovered(covered, first, last);
                continue;
            }

            var made = Make(s, first, last, actor, how);
            mentions.Add(made);
            MarkCovered(covered, first, last);

            // "President A B was in P; said B: …": a person named in full is known to the rest of the sentence.
            if (how == MentionHow.Name && actor.Kind == ActorKind.Person)
            {
                actor.Saw(s.Text[made.Start..made.End], made.Start);
            }
        }

        DiscoverPeople(s, mentions, covered);
        SurnamesWithinSentence(s, mentions, covered);
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        AddOrganizationParts(s, mentions);
        AddPronounsAndRoles(s, mentions, focus, firstPerson);
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        foreach (var m in mentions)
        {
            if (m.How is not (MentionHow.Pronoun or MentionHow.RoleReference))
            {
                m.Actor.Saw(s.Text[m.Start..m.End], m.Start);
            }
        }

        AttachRoles(s, mentions);
        return mentions;
    }

    /// <summary>
    /// "President Otto Kessel was in Zenda; said Kessel: …": a lone surname of a person the same sentence has just named in full,
    /// which the document's earlier text could not resolve because the name was not yet known.
    /// </summary>
    private void SurnamesWithinSentence(SentenceContext s, List<Mention> mentions, bool[] covered)
    {
        var named = mentions.Where(m => m.IsPerson && m.How is MentionHow.Name or MentionHow.Discovered && m.Actor.NameParts.Count >= 2).ToList();
        if (named.Count == 0)
        {
            return;
        }

        for (var i = named.Min(m => m.Last); i < s.Count; i++)
        {
            if (covered[i] || !s.Tokens[i].IsCapitalized || !IsNameToken(s, i, first: true)
                || (i > 0 && s.Tokens[i - 1].IsCapitalized && IsNameToken(s, i - 1, first: true))
                || (i + 1 < s.Count && s.Tokens[i + 1].IsCapitalized && IsNameToken(s, i + 1, first: false)))
            {
                continue;
            }

            var key = Fold(s.Lower(i));
            var owners = named.Where(m => m.Last <= i && m.Actor.NameParts[^1] == key).Select(m => m.Actor).Distinct().ToList();
            if (owners.Count == 1)
            {
                mentions.Add(Make(s, i, i + 1, owners[0], MentionHow.Surname));
                covered[i] = true;
            }
        }
    }

    /// <summary>The person whose name opens with the one or two name words at piece <paramref name="p"/>, standing alone; else null.</summary>
    private (DocActor Actor, int Length)? LeadingPartsAlone(SentenceContext s, List<Piece> pieces, string[] keys, int p, bool[] covered)
    {
        var token = pieces[p].Token;
        if (!pieces[p].Cap || pieces[p].Upper || (token > 0 && !covered[token - 1] && s.Tokens[token - 1].IsCapitalized && IsNameToken(s, token - 1, first: true))
            || (token > 0 && Particles.Contains(s.Lower(token - 1))) || !IsNameToken(s, token, first: true))
        {
            return null;
        }

        for (var n = Math.Min(2, pieces.Count - p); n >= 1; n--)
        {
            if (Enumerable.Range(p, n).Any(k => pieces[k].Break || !pieces[k].Cap || (k > p && pieces[k].Token == pieces[k - 1].Token)))
            {
                continue;
            }

            // The words after must not go on with a name ("Anwar Ibrahim" is matched whole elsewhere; "Anwar Hussein" is another man).
            var last = pieces[p + n - 1].Token;
            // "Akram al-Kaabi": a name part may open on its article.
            if (last + 1 < s.Count && (Particles.Contains(s.Lower(last + 1)) || IsNameToken(s, last + 1, first: false) || InitialStop(s, last + 1)))
            {
                continue;
            }

            if (actors.ByLeadingParts(keys[p..(p + n)]) is { } actor)
            {
                return (actor, n);
            }
        }

        return null;
    }

    /// <summary>An honorific right before the token, its stop included ("Mr. Huang", "Sayyid Badr").</summary>
    private bool HonorificBefore(SentenceContext s, int token) =>
        HonorificWords.Contains(s.Lower(token - 1)) || (token >= 2 && s.Tokens[token - 1].IsPunct('.') && HonorificWords.Contains(s.Lower(token - 2)));

    /// <summary>True when the capitalised name words of a person go on after piece <paramref name="p"/> ("Badr bin Hamad").</summary>
    private bool NameContinues(SentenceContext s, List<Piece> pieces, int p)
    {
        var k = pieces[p].Token + 1;
        while (k < s.Count && Particles.Contains(s.Lower(k)) && k - pieces[p].Token <= 2)
        {
            k++;
        }

        // "Majed al-Ansari": a name part may open on its article in lower case.
        return k < s.Count && ((s.Tokens[k].IsCapitalized && (IsNameToken(s, k, first: false) || InnerHonorific(s, k))) || IsNameToken(s, k, first: false));
    }

    /// <summary>How many pieces from <paramref name="p"/> are title words (roles, demonyms) before the rest of a match.</summary>
    private int TitlePieces(List<Piece> pieces, int p, int length)
    {
        var n = 0;
        while (n < length - 1 && (lexicon.Roles.Contains(pieces[p + n].Surface)
                                  || actors.Gazetteer.Match([pieces[p + n].Key], 0, [pieces[p + n].Upper], [pieces[p + n].Surface]) is [{ AliasKind: AliasKind.Demonym }, ..]))
        {
            n++;
        }

        return n;
    }

    private GazetteerEntry? Choose(IReadOnlyList<GazetteerMatch> matches)
    {
        if (matches.Count == 1)
        {
            return matches[0].Entry;
        }

        var known = matches.Where(m => actors.Seen(m.Entry.Id)).ToList();
        if (known.Count == 1)
        {
            return known[0].Entry;
        }

        if (matches.All(m => m.Entry.Kind == ActorKind.Person))
        {
            // One person filed several times under one name (a derived dictionary repeats blocks): the entry whose
            // affiliations name bodies or states rather than other people.
            // So is a full name the derived dictionaries file under two spellings ("Massoud Kessel", "Masud Kessel"): the text
            // wrote one name, in full, and it matched both.
            // "President Xi Jinping" and "Xi Jinping": a title filed with the name is no part of it.
            var key = UntitledKey(matches[0].Entry.Name);
            if (matches.All(m => UntitledKey(m.Entry.Name) == key)
                || (matches[0].Length >= 2 && matches.All(m => m.Entry.Priority < GazetteerLoader.DefaultPriority && m.Length == matches[0].Length
                                                               && m.AliasKind == AliasKind.Variant && NameKey.Parts(m.Entry.Name).Count() == matches[0].Length)))
            {
                return matches.OrderByDescending(m => m.Entry.Affiliations.Count(a => actors.Gazetteer.Find(a.OrganizationId) is { Kind: not ActorKind.Person }))
                    .ThenBy(m => m.Entry.Id, StringComparer.Ordinal).First().Entry;
            }

            // One person filed twice (the same affiliations, spelt two ways) is one person; different people stay ambiguous.
            var first = matches[0].Entry;
            return first.Affiliations.Count > 0 && matches.All(m => m.Entry.Affiliations.SequenceEqual(first.Affiliations))
                ? matches.OrderBy(m => m.Entry.Id, StringComparer.Ordinal).First().Entry
                : null;
        }

        return matches.Where(m => m.Entry.Kind != ActorKind.Person).OrderBy(m => m.Entry.Id, StringComparer.Ordinal).First().Entry;
    }

    private string UntitledKey(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = 0;
        while (skip < words.Length - 1 && (lexicon.Roles.Contains(words[skip].ToLowerInvariant()) || HonorificWords.Contains(words[skip].ToLowerInvariant())))
        {
            skip++;
        }

        return NameKey.Of(string.Join(' ', words[skip..]));
    }

    private static MentionHow How(AliasKind kind) => kind switch
    {
        AliasKind.Demonym => MentionHow.Demonym,
        AliasKind.Metonym => MentionHow.Metonym,
        AliasKind.Abbreviation => MentionHow.Abbreviation,
        _ => MentionHow.Name,
    };

    private static Mention Make(SentenceContext s, int first, int last, DocActor actor, MentionHow how)
    {
        var start = s.Tokens[first].Start;
        var end = s.Tokens[last - 1].End;
        return new Mention(first, last, start, end, actor, how, start);
    }

    private static void MarkCovered(bool[] covered, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            covered[k] = true;
        }
    }

    private List<Piece> Pieces(SentenceContext s)
    {
        var pieces = new List<Piece>(s.Count + 4);
        for (var i = 0; i < s.Count; i++)
        {
            var t = s.Tokens[i];
            if (t.Kind == TokenKind.Possessive)
            {
                continue;
            }

            if (t.Kind != TokenKind.Word || s.InCitation(i))
            {
                pieces.Add(new Piece(i, string.Empty, false, false, true));
                continue;
            }

            var surface = s.Text.AsSpan(t.Start, t.End - t.Start);
            if (surface.IndexOf('-') < 0)
            {
                if ((t.Lower is "al" or "el") && i + 1 < s.Count && s.Tokens[i + 1].IsCapitalized)
                {
                    continue;
                }

                pieces.Add(new Piece(i, Fold(t.Lower), t.IsCapitalized, IsUpper(surface), false, t.Lower));
                continue;
            }

            var parts = surface.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (var k = 0; k < parts.Length; k++)
            {
                var lower = parts[k].ToLowerInvariant();
                if (k < parts.Length - 1 && NameKey.IsArticle(lower))
                {
                    continue;
                }

                // "al-Masri": the name part after the article carries the capital.
                var cap = char.IsUpper(parts[k][0]) && (k == 0 || t.IsCapitalized || NameKey.IsArticle(parts[k - 1].ToLowerInvariant()));
                pieces.Add(new Piece(i, Fold(lower), cap, IsUpper(parts[k]), false, lower));
            }
        }

        return pieces;
    }

    private static bool IsUpper(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private bool IsNameToken(SentenceContext s, int i, bool first)
    {
        var t = s.Tokens[i];
        if (t.Kind != TokenKind.Word || s.InCitation(i) || InDate(s, i))
        {
            return false;
        }

        if (Particles.Contains(t.Lower))
        {
            // A kunya ("Abu al-Walid", "Abu Tariq") starts a name; other particles only continue one.
            return !first || (t.Lower == "abu" && t.IsCapitalized && i + 1 < s.Count && s.Tokens[i + 1].IsWord && !s.InCitation(i + 1));
        }

        var surface = s.Text.AsSpan(t.Start, t.End - t.Start);
        var capital = t.IsCapitalized
            || (surface.Length > 3 && surface[2] == '-' && char.IsUpper(surface[3]) && NameKey.IsArticle(t.Lower[..2]));
        // "the Foreign Ministers of A and B": a plural role noun is no name either.
        if (!capital || IsUpper(surface) || lexicon.Roles.Contains(t.Lower) || lexicon.VerbEvent(t.Lower) is not null
            || (t.Lower.Length > 4 && t.Lower[^1] == 's' && lexicon.Roles.Contains(t.Lower[..^1]))
            || HonorificWords.Contains(t.Lower) || lexicon.InstitutionWords.Contains(t.Lower))
        {
            return false;
        }

        return !NeverInName.Contains(t.Lower) && (!first || !NotNameStarts.Contains(t.Lower));
    }

    // "On 2 July Pak said": a month or a weekday is part of a date, never of a name.
    private static bool InDate(SentenceContext s, int i)
    {
        foreach (var d in s.Dates)
        {
            if (d.First <= i && i < d.Last)
            {
                return true;
            }
        }

        return false;
    }

    private void DiscoverPeople(SentenceContext s, List<Mention> mentions, bool[] covered)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (covered[i] || !(IsNameToken(s, i, first: true) || HonorificAsGivenName(s, i, covered)))
            {
                continue;
            }

            // Particles ("bin", "al") do not count towards the length of a name: "Faisal bin Farhan Al Saud".
            // An initial or a short form with its stop opens a name as a word of it: "M. Riaz Hamidullah", "Md. Touhid Hossain".
            var j = i + 1;
            var words = 1;
            while (j < s.Count && words < MaxNameTokens && j - i < 2 * MaxNameTokens && !covered[j]
                   && (IsNameToken(s, j, first: false) || InnerHonorific(s, j, covered) || InitialStop(s, j)))
            {
                words += Particles.Contains(s.Lower(j)) || s.Tokens[j].IsPunct('.') ? 0 : 1;
                j++;
            }

            if (Particles.Contains(s.Lower(j - 1)))
            {
                j--;
            }

            // "President Vidovic", "Foreign Minister Bazzi": a single name word right after a title is a person's surname.
            // Not inside brackets: "Secretary (Defence Production)" names an office.
            if (j - i == 1 && j < s.Count && i >= 1 && lexicon.Roles.Contains(s.Lower(i - 1)) && !HonorificWords.Contains(s.Lower(i - 1))
                && !s.Tokens[j].IsPunct(')') && !(i >= 2 && s.Tokens[i - 2].IsPunct('('))
                && s.Tokens[i - 1].IsCapitalized && !s.Tokens[j].IsCapitalized && actors.Gazetteer.Match([Fold(s.Lower(i))], 0, [false], [s.Lower(i)]).Count == 0)
            {
                var single = actors.Discovered(s.Slice(i, j), ActorKind.Person);
                mentions.Add(Make(s, i, j, single, MentionHow.Discovered));
                MarkCovered(covered, i, j);
                continue;
            }

            if (j - i < 2)
            {
                continue;
            }

            var before = TitleBefore(s, i, mentions) ?? CommaTitle(s, i, j);
            var after = AppositionAfter(s, j) ?? (WhoFollows(s, j) ? j : null);
            // A present-tense "-s" form doubles as a plural noun ("the Gulf Arab states"): only a past form or "says" tells a speaker.
            // "Otto Kessel (Freedonia) said", the form of a meeting record: the verb after a bracket naming the speaker's country.
            var v = j;
            // An initialism in the bracket ("Northern Kessel Province (NKP) claimed") names a body, not a country.
            if (v < s.Count && s.Tokens[v].IsPunct('(') && Enumerable.Range(v + 1, Math.Max(0, Math.Min(6, s.Count - v - 1))).FirstOrDefault(k => s.Tokens[k].IsPunct(')'), -1) is var close and > 0
                && !Enumerable.Range(v + 1, close - v - 1).Any(k => IsUpper(s.Text.AsSpan(s.Tokens[k].Start, s.Tokens[k].End - s.Tokens[k].Start))))
            {
                v = close + 1;
            }

            var verb = s.Lower(v);
            var speaks = v < s.Count && (lexicon.VerbEvent(verb) is not null || (verb.Length > 4 && verb.EndsWith("ed", StringComparison.Ordinal)))
                         && (!verb.EndsWith('s') || verb == "says");

            // "Otto Kessel was elected Secretary-General", "X was born in 1953": what happens only to people.
            speaks |= verb is "was" or "is" or "has" or "had" && v + 1 < s.Count
                      && s.Lower(v + 1 + (s.Lower(v + 1) == "been" ? 1 : 0)) is "elected" or "re-elected" or "appointed" or "named" or "born" or "sworn"
                          or "chosen" or "assassinated" or "arrested" or "detained" or "promoted" or "dismissed" or "sacked" or "kidnapped" or "wounded";

            // "Emily Thornberry (Chair)": an office in brackets after the name.
            speaks |= j + 2 < s.Count && s.Tokens[j].IsPunct('(') && Enumerable.Range(j + 1, Math.Min(4, s.Count - j - 1)).TakeWhile(k => !s.Tokens[k].IsPunct(')'))
                .Any(k => lexicon.Roles.Contains(s.Lower(k)));

            // "X, speaking by video link, told members": a participle of speech set off after the name.
            speaks |= j + 1 < s.Count && s.Tokens[j].IsPunct(',') && s.Lower(j + 1) is "speaking" or "addressing" or "briefing" or "writing" or "testifying";
            // A name introduced earlier with its title needs none when it comes again.
            // A given name the gazetteers know opening two or three name words: "Marko Vidovic said", "Otto Kessel was elected".
            var given = j - i is 2 or 3 && actors.Gazetteer.IsGivenName(Fold(s.Lower(i))) && !lexicon.Roles.Contains(s.Lower(i))
                        && !NotNameStarts.Contains(s.Lower(i)) && (i == 0 || !s.Tokens[i - 1].IsCapitalized || s.Tokens[i - 1].Kind != TokenKind.Word);
            if (before is null && after is null && !speaks && !given && !MetAfter(s, i, mentions) && actors.DiscoveredBefore(s.Slice(i, j)) is null)
            {
                i = j - 1;
                continue;
            }

            var name = s.Slice(i, j);
            var actor = actors.Discovered(name, ActorKind.Person);
            mentions.Add(Make(s, i, j, actor, MentionHow.Discovered));
            MarkCovered(covered, i, j);
            i = j - 1;
        }
    }

    /// <summary>The stop after an initial or a short form of a given name, with the name going on after it ("M. Riaz", "Md. Touhid").</summary>
    private bool InitialStop(SentenceContext s, int j) =>
        s.Tokens[j].IsPunct('.') && j >= 1 && j + 1 < s.Count && s.Tokens[j - 1].IsWord && s.Tokens[j - 1].IsCapitalized
        && s.Tokens[j - 1].Lower.Length <= 4 && !HonorificWords.Contains(s.Lower(j - 1)) && !lexicon.Roles.Contains(s.Lower(j - 1))
        && !TitleAbbreviations.Contains(s.Lower(j - 1))
        && s.Tokens[j + 1].IsCapitalized && IsNameToken(s, j + 1, first: false) && s.Tokens[j].Start == s.Tokens[j - 1].End;

    /// <summary>
    /// A title set off by commas before a name that the sentence goes on to make speak or act: "the UN Special Envoy for Yemen,
    /// Hans Grundberg, announced", "the head of the Houthi negotiating delegation, Mohammed Abdulsalam, wrote". Returns the
    /// title's role word, or null.
    /// </summary>
    private int? CommaTitle(SentenceContext s, int nameStart, int nameEnd)
    {
        if (nameStart < 2 || !s.Tokens[nameStart - 1].IsPunct(',') || nameEnd + 1 >= s.Count || !s.Tokens[nameEnd].IsPunct(',')
            || !(lexicon.VerbEvent(s.Lower(nameEnd + 1)) is not null || s.Lower(nameEnd + 1) is "who" or "holds" or "held" or "has" or "had" or "leads" or "led" or "signed" or "signs" or "travelled" or "traveled" or "flew" or "was" or "is"))
        {
            return null;
        }

        int? role = null;
        // "The leader of the faction on the islands of the lake, X, said": a title with its qualifiers may run to a dozen words.
        for (var k = nameStart - 2; k >= 0 && nameStart - k <= 14 && s.Tokens[k].Kind != TokenKind.Punctuation; k--)
        {
            if (lexicon.VerbEvent(s.Lower(k)) is not null)
            {
                break;
            }

            if (lexicon.Roles.Contains(s.Lower(k)))
            {
                role = k;
            }
        }

        return role;
    }

    /// <summary>Role words right before a name ("PIJ spokesman", "Israeli Prime Minister"): the first token of the title, or null.</summary>
    private int? TitleBefore(SentenceContext s, int nameStart, List<Mention> mentions)
    {
        var k = nameStart - 1;

        // "the Foreign Secretary of India, Mr. Ali Hasanov": a form of address stands between the title and the name.
        if (nameStart >= 2 && HonorificBefore(s, nameStart) && !lexicon.Roles.Contains(s.Lower(k)) && !lexicon.Roles.Contains(s.Lower(k - 1)))
        {
            k -= s.Tokens[k].IsPunct('.') ? 2 : 1;
            if (k < 0)
            {
                return null;
            }
        }

        // "its new secretary-general, Tariq Bazzi": a title set off by a comma.
        if (k >= 1 && s.Tokens[k].IsPunct(',') && lexicon.Roles.Contains(s.Lower(k - 1)))
        {
            k--;
        }

        // "the military Governor of North Strelsau, Peter Kessel": a title of a place set off by a comma.
        else if (k >= 3 && s.Tokens[k].IsPunct(','))
        {
            for (var r = k - 1; r >= 1 && k - r <= 6 && (s.Tokens[r].IsCapitalized || s.Lower(r) is "of" or "the"); r--)
            {
                if (s.Lower(r) == "of" && lexicon.Roles.Contains(s.Lower(r - 1)))
                {
                    k = r - 1;
                    var start = k;
                    while (start > 0 && nameStart - start <= 12 && (lexicon.Roles.Contains(s.Lower(start - 1)) || s.Lower(start - 1) is "the"))
                    {
                        start--;
                    }

                    return mentions.FirstOrDefault(m => m.Last == start && !m.IsPerson)?.First ?? start;
                }
            }
        }

        // "President of the Republic of Turkey Recep Tayyip Erdogan": the state or body a title is of stands between title and name.
        var limit = 6;
        if (k >= 1 && mentions.FirstOrDefault(m => m.Last == k + 1 && !m.IsPerson) is { } of && of.First >= 2
            && s.Lower(of.First - 1 - (s.Lower(of.First - 1) == "the" ? 1 : 0)) == "of")
        {
            var ofAt = of.First - 1 - (s.Lower(of.First - 1) == "the" ? 1 : 0);

            // "Minister of Defence of the Republic of Armenia X": the state's formal name stands between the office and its "of".
            while (ofAt >= 3 && s.Lower(ofAt - 1) is "republic" or "kingdom" or "state" or "emirate" or "sultanate" or "federation" or "principality"
                   && (s.Lower(ofAt - 2) is "the" ? ofAt - 3 : ofAt - 2) is var before && before >= 1 && s.Lower(before) == "of")
            {
                ofAt = before;
            }

            // "Minister of Defence of …": an office "of" a department before the state.
            while (ofAt >= 3 && s.Tokens[ofAt - 1].IsCapitalized && !lexicon.Roles.Contains(s.Lower(ofAt - 1)) && s.Lower(ofAt - 2) == "of" && lexicon.Roles.Contains(s.Lower(ofAt - 3)))
            {
                ofAt -= 2;
            }

            if (lexicon.Roles.Contains(s.Lower(ofAt - 1)))
            {
                limit += nameStart - ofAt;
                k = ofAt - 1;
            }
        }

        var sawRole = false;
        while (k >= 0 && nameStart - k <= limit)
        {
            var lower = s.Lower(k);
            if (lexicon.Roles.Contains(lower) || lower is "of" or "the" && sawRole)
            {
                sawRole |= lexicon.Roles.Contains(lower);
                k--;
                continue;
            }

            break;
        }

        if (!sawRole)
        {
            return null;
        }

        // An organisation or state named right before the title belongs to it: "the movement's spokesman".
        if (k >= 0 && mentions.FirstOrDefault(m => m.Last == k + 1 || (m.Last == k && s.Tokens[k].Kind == TokenKind.Possessive)) is { } org)
        {
            return org.First;
        }

        return k + 1;
    }

    /// <summary>
    /// "acting foreign minister, Amir Tariq Bazzi": after a title, a word that is also an honorific ("Amir", "Sultan") opening
    /// two more name words is the person's given name, not a second title.
    /// </summary>
    private bool HonorificAsGivenName(SentenceContext s, int i, bool[] covered)
    {
        // An honorific that is also a role noun ("Prince", "Sheikh", "Emir") stays a title.
        if (i < 1 || i + 2 >= s.Count || !s.Tokens[i].IsCapitalized || !HonorificWords.Contains(s.Lower(i)) || lexicon.Roles.Contains(s.Lower(i))
            || covered[i + 1] || covered[i + 2]
            || !IsNameToken(s, i + 1, first: false) || !IsNameToken(s, i + 2, first: false))
        {
            return false;
        }

        var title = lexicon.Roles.Contains(s.Lower(i - 1)) || (s.Tokens[i - 1].IsPunct(',') && i >= 2 && lexicon.Roles.Contains(s.Lower(i - 2)));
        return title && !HonorificWords.Contains(s.Lower(i - 1));
    }

    /// <summary>
    /// "met with X Y", "received X Y", "spoke by phone with X Y", "met together with A and then, separately, with X Y": the
    /// object of a verb of meeting is someone met.
    /// </summary>
    private bool MetAfter(SentenceContext s, int nameStart, List<Mention> mentions)
    {
        // "a delegation led by X Y", "headed by X Y and Z W": who leads a delegation is a person.
        for (var k = nameStart - 1; k >= 1 && nameStart - k <= 8; k--)
        {
            if (s.Lower(k) == "by" && s.Lower(k - 1) is "led" or "headed" or "chaired" or "accompanied")
            {
                return true;
            }

            if (!(s.Lower(k) is "and" or "," || mentions.Any(m => m.IsPerson && m.First <= k && k < m.Last)))
            {
                break;
            }
        }

        for (var k = nameStart - 1; k >= 0 && nameStart - k <= 12; k--)
        {
            // Earlier counterparts of the same list: "met with A and then, separately, with X Y".
            if (mentions.FirstOrDefault(m => m.IsPerson && m.First <= k && k < m.Last) is { } earlier)
            {
                k = earlier.First;
                continue;
            }

            var lower = s.Lower(k);
            if (lexicon.VerbEvent(lower) is "meet" or "host" or "call")
            {
                // Right after the verb, after "with", or further down its list of counterparts ("met A and B").
                return k == nameStart - 1 || s.Lower(nameStart - 1) is "with" or "and" or ",";
            }

            if (lower is not ("with" or "together" or "separately" or "jointly" or "also" or "again" or "then" or "and" or "," or "by" or "phone" or "telephone"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Hassan Sheikh Kessel": an honorific inside a run of name words is part of the name.</summary>
    private bool InnerHonorific(SentenceContext s, int j, bool[]? covered = null) =>
        j + 1 < s.Count && s.Tokens[j].IsCapitalized && HonorificWords.Contains(s.Lower(j)) && covered?[j + 1] != true && IsNameToken(s, j + 1, first: false);

    /// <summary>"X Y, who heads the delegation": a relative "who" after a name says it is a person's (bodies take "which").</summary>
    private static bool WhoFollows(SentenceContext s, int nameEnd) =>
        nameEnd + 1 < s.Count && s.Tokens[nameEnd].IsPunct(',') && s.Lower(nameEnd + 1) is "who" or "whose";

    /// <summary>An apposition with a role after a name (", the movement's representative in Iran,"): its last token (exclusive), or null.</summary>
    private int? AppositionAfter(SentenceContext s, int nameEnd)
    {
        // "…, Md. Touhid Hossain, at the Ministry.": a phrase opening on a preposition says where or when, not who.
        // Nor does one opening on a verb: "…, Ambassador M. Riaz Hamidullah, summoned the High Commissioner" tells what he did.
        if (nameEnd >= s.Count || !s.Tokens[nameEnd].IsPunct(',') || s.Lower(nameEnd + 1) is "at" or "to" or "in" or "on" or "from" or "with" or "during" or "after" or "before"
            || (nameEnd + 1 < s.Count && (lexicon.VerbEvent(s.Lower(nameEnd + 1)) is not null || (s.Lower(nameEnd + 1).EndsWith("ed", StringComparison.Ordinal) && !s.Tokens[nameEnd + 1].IsCapitalized))))
        {
            return null;
        }

        var sawRole = false;
        var k = nameEnd + 1;
        for (; k < s.Count && k - nameEnd <= 25; k++)
        {
            var t = s.Tokens[k];
            if (t.Kind == TokenKind.Punctuation && t.Lower is "," or "." or "(" or ")" or ";" or ":")
            {
                break;
            }

            if (lexicon.VerbEvent(t.Lower) is not null && k > nameEnd + 2)
            {
                break;
            }

            if (k - nameEnd <= 5 && lexicon.Roles.Contains(t.Lower) && !(t.Lower is "senior" or "special" or "former" or "top" or "political" or "military" or "security"))
            {
                sawRole = true;
            }
        }

        return sawRole ? k : null;
    }

    private void AddOrganizationParts(SentenceContext s, List<Mention> mentions)
    {
        for (var n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (m.Kind == ActorKind.Person)
            {
                continue;
            }

            var k = m.Last;
            if (k < s.Count && s.Tokens[k].Kind == TokenKind.Possessive)
            {
                k++;
            }

            foreach (var part in lexicon.OrganizationParts)
            {
                if (k + part.Length > s.Count)
                {
                    continue;
                }

                var ok = true;
                for (var w = 0; w < part.Length && ok; w++)
                {
                    ok = s.Lower(k + w) == part[w];
                }

                if (!ok)
                {
                    continue;
                }

                var end = k + part.Length;
                var name = $"{m.Actor.Name}'s {string.Join(' ', part)}";
                var unitParts = NameKey.Parts($"{m.Actor.Name} {string.Join(' ', part)}").ToArray();
                var unit = actors.Gazetteer.Match(unitParts, 0, new bool[unitParts.Length]) is { Count: 1 } g
                           && g[0].Entry.Kind == ActorKind.Unit
                    ? actors.FromEntry(g[0].Entry)
                    : actors.Discovered(name, ActorKind.Unit);
                unit.PartOf ??= m.Actor;
                mentions[n] = Make(s, m.First, end, unit, MentionHow.OrganizationPart);
                break;
            }
        }
    }

    private void AddPronounsAndRoles(SentenceContext s, List<Mention> mentions, DocActor? focus, DocActor? firstPerson)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var lower = s.Lower(i);
            if (lower == "i" && firstPerson is not null && s.Text[s.Tokens[i].Start] == 'I')
            {
                var t = s.Tokens[i];
                mentions.Add(new Mention(i, i + 1, t.Start, t.End, firstPerson, MentionHow.Pronoun, firstPerson.LastStart >= 0 ? firstPerson.LastStart : t.Start));
            }
            else if (lower is "he" or "she")
            {
                // A name inside a quotation is what the speaker talked about, not who "he" is after it: '"…the prime minister…," he said'.
                // "…had spoken with President X on Saturday, she said": a trailing attribution's pronoun is the current speaker, not
                // the last person the reported clause named.
                var trailing = focus is not null && i >= 1 && s.Tokens[i - 1].IsPunct(',') && i + 1 < s.Count && lexicon.VerbEvent(s.Lower(i + 1)) == "speech";
                var antecedent = trailing ? null : mentions.LastOrDefault(m => m.IsPerson && m.Last <= i && m.How != MentionHow.Pronoun
                                                             && !(InQuote(s, m.First) && !InQuote(s, i)));
                var actor = antecedent?.Actor ?? focus;

                // "Vidovic asked whether … She said…": a person the text has called "he" is not "she", and the other way round;
                // then the most recent person it has called so.
                if (actor is not null && actor.Pronoun is { } known && known != lower)
                {
                    actor = actors.All.Where(a => a.Kind == ActorKind.Person && a.Pronoun == lower && a.LastStart >= 0).MaxBy(a => a.LastStart) ?? actor;
                    antecedent = null;
                }

                if (actor is not null)
                {
                    actor.Pronoun ??= actor.Pronoun is null && (antecedent is not null || actor == focus) ? lower : actor.Pronoun;
                    var t = s.Tokens[i];
                    mentions.Add(new Mention(i, i + 1, t.Start, t.End, actor, MentionHow.Pronoun,
                        antecedent?.Start ?? (actor.LastStart >= 0 ? actor.LastStart : t.Start)));
                }
            }
            else if (s.Tokens[i].IsWord && lower.Length is >= 2 and <= 4 && IsUpper(s.Text.AsSpan(s.Tokens[i].Start, s.Tokens[i].End - s.Tokens[i].Start))
                     && !mentions.Any(m => m.First <= i && m.Last > i) && actors.ByRoleInitials(s.Text[s.Tokens[i].Start..s.Tokens[i].End]) is { } initialled)
            {
                // "EAM held talks with …": the initials of the office the text gave someone ("External Affairs Minister").
                var t = s.Tokens[i];
                mentions.Add(new Mention(i, i + 1, t.Start, t.End, initialled, MentionHow.RoleReference, initialled.LastStart));
            }
            else if (lower == "the" && Representative(s, i, mentions) is { } representative)
            {
                // "The representative of the Russian Federation said": a speaker the record names by the state they speak for.
                mentions.Add(representative);
            }
            else if (lower is "the" or "our" && RoleReference(s, i, mentions) is { } reference)
            {
                // "the spokesman", "the Crown Prince", "our Foreign Secretary", "the Indian Foreign Secretary": the person named with that role.
                mentions.Add(reference);
            }
        }
    }

    /// <summary>
    /// "The representative of X", "the delegate of X" with no name after it: the person speaking for a state in a meeting's
    /// record, named by that description ("representative of the Russian Federation").
    /// </summary>
    private Mention? Representative(SentenceContext s, int i, List<Mention> mentions)
    {
        if (s.Lower(i + 1) is not ("representative" or "delegate" or "envoy") || s.Lower(i + 2) != "of")
        {
            return null;
        }

        var at = s.Lower(i + 3) == "the" ? i + 4 : i + 3;
        if (mentions.FirstOrDefault(m => m.First == at && m.Kind == ActorKind.State) is not { } state
            || (state.Last < s.Count && s.Tokens[state.Last].IsPunct(',') && state.Last + 1 < s.Count && s.Tokens[state.Last + 1].IsCapitalized
                && mentions.Any(m => m.First == state.Last + 1 && m.IsPerson)))
        {
            return null;
        }

        var name = s.Slice(i + 1, state.Last);
        var person = actors.Discovered(name, ActorKind.Person);
        person.Affiliation ??= state.Actor;
        mentions.Remove(state);
        return Make(s, i + 1, state.Last, person, MentionHow.Discovered);
    }

    /// <summary>A role reference opening at the determiner <paramref name="i"/>, perhaps with a demonym before the role words; else null.</summary>
    private Mention? RoleReference(SentenceContext s, int i, List<Mention> mentions)
    {
        var k = i + 1;
        DocActor? state = null;
        // The sentence's own mentions, found so far: the context's list is the previous sentence's until this one is done.
        var at = mentions.FirstOrDefault(m => m.First <= k && m.Last > k);
        if (at is { Kind: ActorKind.State } demonym && demonym.First == k && demonym.Last == k + 1 && RoleWords(s, k + 1) > 0)
        {
            state = demonym.Actor;
            k++;
        }
        else if (at is not null)
        {
            return null;
        }

        var n = RoleWords(s, k);
        if (n == 0 || s.Lower(k + n) is "of" or "to" or "for" || (k + n < s.Count && s.Tokens[k + n].IsCapitalized)
            || mentions.Any(m => m.IsPerson && m.First < k + n && m.Last > i))
        {
            return null;
        }

        var byRole = actors.LastWithRole(s.Slice(k, k + n), state);
        if (byRole is null)
        {
            return null;
        }

        mentions.RemoveAll(m => state is not null && m.First == i + 1 && m.Actor == state);
        return new Mention(i, k + n, s.Tokens[i].Start, s.Tokens[k + n - 1].End, byRole, MentionHow.RoleReference, byRole.LastStart);
    }

    private static bool InQuote(SentenceContext s, int index)
    {
        var marks = 0;
        for (var k = 0; k < index && k < s.Count; k++)
        {
            if (s.Tokens[k].Kind == TokenKind.Punctuation && s.Tokens[k].Lower is "\"" or "\u201c" or "\u201d")
            {
                marks++;
            }
        }

        return marks % 2 == 1;
    }

    private int RoleWords(SentenceContext s, int from)
    {
        var n = 0;
        while (from + n < s.Count && n < 3 && lexicon.Roles.Contains(s.Lower(from + n)))
        {
            n++;
        }

        return n;
    }

    /// <summary>Records the role the text gives a person, the first time it gives one.</summary>
    private void AttachRoles(SentenceContext s, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (!m.IsPerson || m.How is MentionHow.Pronoun or MentionHow.RoleReference || m.Actor.RoleFromText)
            {
                continue;
            }

            int first;
            int last;
            if (AppositionAfter(s, m.Last) is { } end)
            {
                first = m.Last + 1;
                last = end;
            }
            else if (m.Last + 2 < s.Count && s.Tokens[m.Last].IsPunct('(')
                     && Enumerable.Range(m.Last + 1, Math.Min(6, s.Count - m.Last - 1)).FirstOrDefault(k => s.Tokens[k].IsPunct(')'), -1) is var close and > 0
                     && Enumerable.Range(m.Last + 1, close - m.Last - 1).Any(k => lexicon.Roles.Contains(s.Lower(k))))
            {
                // "Emily Thornberry (Chair)": an office in brackets after the name.
                first = m.Last + 1;
                last = close;
            }
            else if (TitleBefore(s, m.First, mentions) is { } start && start < m.First)
            {
                first = start;
                last = m.First;

                // "The Minister of Foreign Affairs, Ambassador Mauro Vieira": the office set off before a form of address is the role.
                if (first >= 2 && s.Tokens[first - 1].IsPunct(','))
                {
                    int? office = null;
                    for (var k = first - 2; k >= 0 && first - k <= 14 && s.Tokens[k].Kind != TokenKind.Punctuation && lexicon.VerbEvent(s.Lower(k)) is null; k--)
                    {
                        office = lexicon.Roles.Contains(s.Lower(k)) ? k : office;
                    }

                    if (office is { } o)
                    {
                        first = o > 0 && s.Lower(o - 1) == "the" ? o - 1 : o;
                    }
                }
            }
            else
            {
                continue;
            }

            // "the Foreign Secretary of India, Mr.": the form of address before the name is no part of the office.
            if (last == m.First && last >= 2 && HonorificBefore(s, last) && !lexicon.Roles.Contains(s.Lower(last - 1)))
            {
                last -= s.Tokens[last - 1].IsPunct('.') ? 2 : 1;
            }

            var role = first < last ? s.Slice(first, last).Trim(' ', ',') : string.Empty;
            if (role.Length == 0 || role.Length > 120)
            {
                continue;
            }

            m.Actor.Role = role;
            m.Actor.RoleFromText = true;
            var org = mentions.FirstOrDefault(o => o.First >= first && o.Last <= last && o.Kind != ActorKind.Person);
            if (org is not null)
            {
                m.Actor.Affiliation = org.Actor.Kind == ActorKind.Unit && org.Actor.PartOf is { Kind: ActorKind.Organization } parent
                    ? parent
                    : org.Actor;
            }
        }
    }
}
