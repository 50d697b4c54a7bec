using Rapport.Extraction.Actors;
using Rapport.Extraction.Lexicons;
using Rapport.Model;

namespace Rapport.Extraction.Support;

/// <summary>
/// Reads support claims: "[supporter's/demonym] (kind) support for [recipient]", "support … from [supporter]",
/// "[supporter] provides/provided [recipient] with …", with the kind read from nearby words (weapons, funds, know-how…).
/// </summary>
internal sealed class SupportFinder(Lexicon lexicon)
{
    private static readonly HashSet<string> GiveVerbs = new(StringComparer.Ordinal)
    {
        "provide", "provides", "provided", "providing", "supply", "supplies", "supplied", "supplying", "transfer", "transfers",
        "transferred", "fund", "funds", "funded", "train", "trains", "trained", "arm", "arms", "armed",
    };

    public IEnumerable<SupportClaim> Find(SentenceContext s, DocumentId id, DocumentRun run)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var lower = s.Lower(i);
            if (s.InCitation(i))
            {
                continue;
            }

            Mention? supporter = null;
            Mention? recipient = null;
            if (lower == "support")
            {
                supporter = Before(s, i, 3);
                recipient = s.Lower(i + 1) is "for" or "to" ? s.MentionAt(i + 2) ?? s.MentionAt(i + 3) : null;
                if (supporter is null && s.Lower(i + 1) == "from")
                {
                    supporter = s.MentionAt(i + 2);
                }

                if (supporter is null)
                {
                    // "the military support the expeditionary force provides for the movement"
                    for (var k = i + 1; k < Math.Min(s.Count, i + 6); k++)
                    {
                        if (GiveVerbs.Contains(s.Lower(k)) && s.MentionEndingAt(k) is { } giver)
                        {
                            supporter = giver;
                            recipient ??= s.Lower(k + 1) is "for" or "to" ? s.MentionAt(k + 2) : null;
                            break;
                        }
                    }
                }
            }
            else if (GiveVerbs.Contains(lower) && s.MentionEndingAt(i) is { } giver && giver.Kind != ActorKind.Person || GiveVerbs.Contains(lower) && SubjectOf(s, i) is not null)
            {
                supporter = SubjectOf(s, i) ?? s.MentionEndingAt(i);
                recipient = s.MentionAt(i + 1) ?? (s.Lower(i + 1) is "the" ? s.MentionAt(i + 2) : null);
            }

            if (supporter is null || recipient is null || supporter.Actor.Id == recipient.Actor.Id)
            {
                continue;
            }

            var kind = Kind(s, i);
            var provenance = run.Provenance(s.Sentence.Start, s.Sentence.End, Rules.Support);
            yield return new SupportClaim(supporter.Actor.ToRef(), recipient.Actor.ToRef(), kind, [provenance.Span], provenance);
        }
    }

    private static Mention? SubjectOf(SentenceContext s, int verb) => Statements.SpeechFinder.Subject(s, verb);

    private static Mention? Before(SentenceContext s, int i, int window)
    {
        for (var k = i - 1; k >= 0 && i - k <= window; k--)
        {
            if (s.MentionAt(k) is { } m && m.Kind != ActorKind.Person)
            {
                return m;
            }
        }

        return null;
    }

    private SupportKind Kind(SentenceContext s, int i)
    {
        for (var k = Math.Max(0, i - 4); k < Math.Min(s.Count, i + 6); k++)
        {
            foreach (var (stem, kind) in lexicon.Support)
            {
                if (s.Lower(k).StartsWith(stem, StringComparison.Ordinal))
                {
                    return kind;
                }
            }
        }

        return SupportKind.General;
    }
}
