using Rapport.Extraction.Actors;
using Rapport.Extraction.Lexicons;
using Rapport.Extraction.Statements;
using Rapport.Extraction.Text;
using Rapport.Model;

namespace Rapport.Extraction.Meetings;

/// <summary>
/// Reads visits, meetings, phone calls and ceremonies from a sentence: "A visited P", "A arrived in P", "A met (in P) with B, C
/// and D", "a meeting of A … with B", "A spoke to B", "a conversation he had with B", "A participated in the swearing in of…".
/// Announced future visits and condolence messages are not encounters.
/// </summary>
internal sealed partial class MeetingFinder(Lexicon lexicon)
{
    private static readonly HashSet<string> CeremonyNouns = new(StringComparer.Ordinal)
    {
        "swearing", "inauguration", "ceremony", "funeral", "memorial", "conference", "summit", "rally", "celebration", "festival",
        "service", "parade", "commemoration", "event", "wedding", "congress", "convention", "anniversary",
    };

    private static readonly HashSet<string> FutureMarkers = new(StringComparer.Ordinal)
    {
        "expected", "will", "plans", "plan", "planned", "scheduled", "intends", "intend", "would", "invited", "invitation",
        "shall", "going", "set", "due", "about", "talk", "possible", "proposed", "upcoming", "potential", "future",
    };

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "delegation", "members", "representatives", "figures", "officials", "group", "leaders", "leadership", "commanders",
        "activists", "operatives", "palestinians", "columnists", "commentators", "journalists", "speaker", "delegations",
        "ministers", "presidents",
    };

    // "was received in the capital on 3 December by": words a passive reception may put between its verb and its "by".
    private const int MaxPassiveGap = 9;

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "an", "his", "her", "their", "its" };

    public MeetingEvent? Find(SentenceContext s)
    {
        // "Is a visit by the minister to Zenda planned?": a question asks about an encounter, it does not report one.
        if (s.Count > 0 && s.Tokens[^1].IsPunct('?'))
        {
            return null;
        }

        for (var i = 0; i < s.Count; i++)
        {
            if (s.InCitation(i) || s.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            if (s.Lower(i).StartsWith("condolence", StringComparison.Ordinal))
            {
                return null;
            }

            var found = TryAt(s, i);
            if (found is not null)
            {
                // "met separately with A and with B", "held talks with A and, separately, with B": each counterpart is an
                // encounter of its own.
                // "held separate bilateral meetings with A and with B" says the same before the noun.
                // "spoke with A on Saturday and with B on Monday": each counterpart on a day of its own is a call of its own.
                var clause = Enumerable.Range(i + 1, Math.Max(0, ClauseEnd(s, i + 1) - i - 1)).ToList();
                var separately = found.SideB.Count > 1 && (clause.Any(k => s.Lower(k) == "separately")
                                                           || Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => s.Lower(k) == "separate")
                                                           || (clause.Any(k => s.Lower(k) == "and" && s.Lower(k + 1) == "with")
                                                               && s.Dates.Count(d => d.First > i && d.Date.Precision == DatePrecision.Day) >= 2));
                return IsFuture(s, i) ? null : separately ? found with { Separately = true } : found;
            }
        }

        return null;
    }

    private MeetingEvent? TryAt(SentenceContext s, int i)
    {
        var lower = s.Lower(i);
        var prev = s.Lower(i - 1);
        var ev = lexicon.VerbEvent(lower);

        // "X called on the Adviser for Foreign Affairs, Y, at the Ministry": a courtesy call is a meeting at the host's office.
        if (IsCourtesyCall(s, i) && Counterparts(s, i + 2, direct: true) is { Side: { Count: > 0 } calledOn } && SideA(s, i) is { Count: > 0 } visitor)
        {
            var location = PlaceAfter(s, i, "at", 16)?.Text ?? PlaceAfter(s, i, "in", 16)?.Text;
            return new MeetingEvent(MeetingKind.Meeting, i, visitor, calledOn.Where(p => p.Actor is { Kind: ActorKind.Person }).ToList(), location, false, false, Rules.MeetingEncounter);
        }

        // "A called his counterpart, B": calling a person is a phone call; "called on", "called for", "called it a crime" are speech.
        if (lower is "called" or "rang" && s.Lower(i + 1) is not ("on" or "for" or "upon" or "off" or "it" or "a" or "an" or "the")
            && Counterparts(s, i + 1, direct: true) is { Side: { Count: > 0 } called } && called.Any(p => p.Actor is { Kind: ActorKind.Person })
            && SideA(s, i) is { Count: > 0 } caller)
        {
            return new MeetingEvent(MeetingKind.PhoneCall, i, caller, called.Where(p => p.Actor is not null).ToList(), null, false, false, Rules.MeetingEncounter);
        }

        // "had spoken by phone with X": the participle of a call, which is otherwise a verb of speech ("had spoken of").
        if (lower == "spoken" && (ByPhone(s, i + 1) > 0 || s.Lower(i + 1) is "with" or "to"))
        {
            ev = "call";
        }

        // "B returned the visit on 24 January, meeting A in Zenda": a participle after the main clause meets its subject's counterpart.
        if (lower == "meeting" && i >= 2 && s.Tokens[i - 1].IsPunct(',') && s.Lower(i + 1) is not ("of" or "on" or "in" or "at" or "was" or "is"))
        {
            var subject = s.Mentions.FirstOrDefault(m => m.IsPerson && m.Last < i && m.How != MentionHow.Pronoun)
                          ?? s.Mentions.FirstOrDefault(m => m.IsPerson && m.Last < i);
            var (b, location) = Counterparts(s, i + 1, direct: s.Lower(i + 1) != "with");
            if (subject is not null && b.Any(p => p.Actor is { Kind: ActorKind.Person }))
            {
                location ??= PlaceAfter(s, i, "in")?.Text;
                return new MeetingEvent(MeetingKind.Meeting, i, [new Participant(subject.Actor, null)], b.Where(p => p.Actor is not null).ToList(), location, false, false, Rules.MeetingEncounter);
            }
        }

        // Noun triggers: "a (closed) meeting of A with B", "a conversation he had with B", "a phone call with B".
        if (lower is "meeting" or "conversation" or "talks" or "call" or "visit")
        {
            var det = i >= 1 && Determiners.Contains(prev) ? i - 1 : i >= 2 && Determiners.Contains(s.Lower(i - 2)) ? i - 2 : -1;
            var participial = lower == "meeting" && i == 0 && s.Lower(i + 1) == "with";

            // "A held talks (in P) with B": talks need no article.
            var bare = lower == "talks" && prev is "held" or "had" or "conducted" or "holds" or "hold";
            if (det >= 0 || participial || bare)
            {
                var kind = lower switch
                {
                    "conversation" or "call" => MeetingKind.PhoneCall,
                    "visit" => MeetingKind.Visit,
                    _ => MeetingKind.Meeting,
                };
                if (lower == "visit" && s.Lower(i - 2) == "during")
                {
                    return null;
                }

                return Noun(s, i, kind, participial);
            }

            if (lower == "visit" && prev == "the" && s.Lower(i + 1) == "of")
            {
                return new MeetingEvent(MeetingKind.Visit, i, Region(s, i + 2, s.Count, stopAtTo: true), [], PlaceAfter(s, i, "to")?.Text, false, true, Rules.MeetingVisit);
            }

            if (lower != "visit")
            {
                return null;
            }
        }

        // "A sat down with B": a meeting told as a posture.
        if (lower is "sat" or "sits" && s.Lower(i + 1) == "down" && s.Lower(i + 2) == "with")
        {
            var a = SideA(s, i);
            var (b, location) = Counterparts(s, i + 2);
            return a.Count == 0 || b.Count == 0 ? null : new MeetingEvent(MeetingKind.Meeting, i, a, b, location, false, false, Rules.MeetingEncounter);
        }

        switch (ev)
        {
            case "meet" when !(lower == "meet" && prev is "to" or "will" or "would"):
            {
                var a = SideA(s, i);
                var during = DuringFrame(s, i);

                // "met with B", "met in P with B", or "met B" with the counterparts as object.
                var (b, location) = Counterparts(s, i + 1, direct: s.Lower(i + 1) is not ("with" or "in" or "on" or "at" or "again" or "also" or "separately" or "together" or "jointly"));
                if (a.Count == 0 && !during)
                {
                    return null;
                }

                // "A and B meet for bilateral talks", "A and B met in P": the two subjects meet each other.
                if (b.Count == 0 && !during && JointSubjects(s, i) is { Count: >= 2 } both)
                {
                    return new MeetingEvent(MeetingKind.Meeting, i, [both[0]], both.Skip(1).ToList(), location, false, false, Rules.MeetingEncounter);
                }

                // "a settlement that meets the aspirations of…": meeting something is not meeting someone.
                if (b.Count == 0 && !during && lower != "met")
                {
                    return null;
                }

                // "The delegation met B": the visitors already told meet their hosts, which belongs to that visit.
                var visitors = DefiniteGroup(s, i);
                return new MeetingEvent(MeetingKind.Meeting, i, a, b, location, during || (visitors && a.All(p => p.Actor is null)), false, Rules.MeetingEncounter);
            }

            case "host" when (prev is "was" or "were" or "been" or "being" or "is" or "are"
                              || (prev is "together" or "jointly" or "separately" or "also" or "warmly" or "later" && s.Lower(i - 2) is "was" or "were" or "been" or "is" or "are"))
                             && PassiveAgent(s, i) is { } by:
            {
                // "A was received by B", "A was received in P on D by B": A came, B hosted.
                var a = SideA(s, i);
                var (b, location) = Counterparts(s, by + 1, direct: true);
                location ??= by > i + 1 ? PlaceAfter(s, i, "in", by - i)?.Text : null;
                return a.Count == 0 || b.Count == 0 ? null : new MeetingEvent(MeetingKind.Meeting, i, a, b, location, false, false, Rules.MeetingEncounter);
            }

            case "host" when lower == "host" && prev is "to" or "will" or "would" or "could" or "can" or "may" or "might" or "should" or "must":
                return null;

            case "host" when prev is not ("the" or "a" or "was" or "were" or "been" or "being" or "is" or "are"):
            {
                // "B received A": the subject is the host. "B received a phone call from A" is a call A made.
                var host = SpeechFinder.Subject(s, i);
                var hosts = JointSubjects(s, i) is { Count: >= 2 } joint ? joint : host is { IsPerson: true } ? [new Participant(host.Actor, null)] : [];
                if (hosts.Count == 0)
                {
                    return null;
                }

                var call = s.Lower(i + 2) is "call" || s.Lower(i + 3) is "call";
                var from = call ? Enumerable.Range(i + 1, Math.Min(6, s.Count - i - 1)).FirstOrDefault(k => s.Lower(k) == "from", -1) : i + 1;
                if (from < 0)
                {
                    return null;
                }

                var (visitors, location) = Counterparts(s, call ? from + 1 : from, direct: true);
                if (!visitors.Any(p => p.Actor is { Kind: ActorKind.Person } || p.Description is not null))
                {
                    return null;
                }

                // "I received X at the airport together with Y": Y received X too.
                var together = Enumerable.Range(i + 1, Math.Max(0, ClauseEnd(s, i + 1) - i - 2)).FirstOrDefault(k => s.Lower(k) is "together" or "along" && s.Lower(k + 1) == "with", -1);
                if (together > 0 && !call)
                {
                    var joined = visitors.Where(p => p.Actor is not null && s.Mentions.Any(m => m.Actor == p.Actor && m.First > together)
                                                     && !s.Mentions.Any(m => m.Actor == p.Actor && m.First > i && m.First < together)).ToList();
                    if (joined.Count > 0 && joined.Count < visitors.Count)
                    {
                        visitors = visitors.Except(joined).ToList();
                        hosts = [.. hosts, .. joined];
                    }
                }

                return new MeetingEvent(call ? MeetingKind.PhoneCall : MeetingKind.Meeting, i, visitors, hosts, location, false, false, Rules.MeetingEncounter);
            }

            // "his visits to Rabat and Algiers": after a determiner "visits" is a noun, a tour summed up, not a visit told.
            case "visit" when lower is "visited" or "visits" or "arrived" or "toured" or "tours"
                              && prev is not ("the" or "of" or "recent" or "his" or "her" or "their" or "its" or "my" or "our" or "these" or "those" or "several" or "many" or "two" or "three"):
            {
                if (lower == "arrived" && s.Lower(i + 1) is not ("in" or "at"))
                {
                    return null;
                }

                var a = SideA(s, i);
                if (a.Count == 0)
                {
                    return null;
                }

                var place = PlaceAfter(s, i, null);
                var b = new List<Participant>();

                // "arrived in Zenda and met with A, B and C": the people met are the visit's counterparts.
                // So are they in "visited Zenda on 2 March, where I met A and B".
                var met = Enumerable.Range(i + 1, Math.Max(0, Math.Min(s.Count, i + 12) - i - 1))
                    .FirstOrDefault(k => s.Lower(k) == "and" && (lexicon.VerbEvent(s.Lower(k + 1)) is "meet" or "host"
                                                                || (s.Lower(k + 1) is "held" or "had" && s.Lower(k + 2) == "talks")), -1);
                if (met > 0 && s.Lower(met + 1) is "held" or "had")
                {
                    // "visited Zenda and held talks with A and B": the talks' counterparts, after their "with".
                    met++;
                }
                if (met < 0 && Enumerable.Range(i + 1, Math.Max(0, Math.Min(s.Count, i + 14) - i - 1))
                        .FirstOrDefault(k => s.Lower(k) == "where" && s.Lower(k + 1) is "i" or "he" or "she" or "they" or "we" && lexicon.VerbEvent(s.Lower(k + 2)) is "meet" or "host", -1) is var where and > 0)
                {
                    met = where + 1;
                }

                // "arrived in Zenda and was received at the airport by X": X hosted the visit.
                var received = Enumerable.Range(i + 1, Math.Max(0, Math.Min(s.Count, i + 14) - i - 1))
                    .FirstOrDefault(k => s.Lower(k) == "and" && s.Lower(k + 1) is "was" or "were" && lexicon.VerbEvent(s.Lower(k + 2)) == "host", -1);
                if (met > 0 && Counterparts(s, met + 2, direct: s.Lower(met + 2) != "with").Side is { Count: > 0 } hosts)
                {
                    b.AddRange(hosts);
                }
                else if (received > 0 && PassiveAgent(s, received + 2) is { } agent && Counterparts(s, agent + 1, direct: true).Side is { Count: > 0 } receivers)
                {
                    b.AddRange(receivers);
                }
                else if (place?.Actor is { } host)
                {
                    b.Add(new Participant(host, null));
                }
                else if (s.MentionAt(i + 1) is { IsPerson: true } visited)
                {
                    b.Add(new Participant(visited.Actor, null));
                }

                return new MeetingEvent(MeetingKind.Visit, i, a, b, place?.Text, false, false, Rules.MeetingVisit);
            }

            case "call" when lower is "speak" && prev is "to" or "will" or "would" or "could" or "can" or "may" or "must" or "should" or "not":
                return null;

            case "call" when ByPhone(s, i + 1) > 0 && s.Lower(i + 1 + ByPhone(s, i + 1)) is not ("to" or "with") && JointSubjects(s, i) is { Count: >= 2 } both:
            {
                // "A and B spoke by telephone": a call between the two subjects.
                return new MeetingEvent(MeetingKind.PhoneCall, i, [both[0]], both.Skip(1).ToList(), null, false, false, Rules.MeetingEncounter);
            }

            case "call" when lower is "phoned" or "telephoned" or "phones" or "telephones" || s.Lower(AfterPhoneAndDate(s, i + 1)) is "to" or "with":
            {
                // Speaking to an outlet or a state is an interview or a statement; a call has someone at the other end.
                var a = SideA(s, i);
                var (b, _) = Counterparts(s, lower is "phoned" or "telephoned" or "phones" or "telephones" ? i + 1 : AfterPhoneAndDate(s, i + 1), direct: lower is "phoned" or "telephoned" or "phones" or "telephones");
                return a.Count == 0 || !b.Any(p => p.Actor is { Kind: ActorKind.Person } || (p.Description is { } d && HasGroupNoun(d)))
                    ? null
                    : new MeetingEvent(MeetingKind.PhoneCall, i, a, b, null, false, false, Rules.MeetingEncounter);
            }

            case "attend":
            {
                var end = Math.Min(s.Count, i + 8);
                for (var k = i + 1; k < end; k++)
                {
                    if (CeremonyNouns.Contains(s.Lower(k)))
                    {
                        var a = SideA(s, i);
                        if (a.Count == 0)
                        {
                            return null;
                        }

                        var host = StateIn(s, k, ClauseEnd(s, k));
                        var location = PlaceAfter(s, i, "in")?.Text ?? host?.Name;
                        return new MeetingEvent(MeetingKind.Ceremony, i, a, host is null ? [] : [new Participant(host, null)], location, false, false, Rules.MeetingCeremony);
                    }
                }

                return null;
            }
        }

        return null;
    }

    private MeetingEvent? Noun(SentenceContext s, int i, MeetingKind kind, bool participial)
    {
        var with = -1;
        for (var k = i + 1; k < s.Count && k - i <= 30; k++)
        {
            if (s.Lower(k) == "with")
            {
                with = k;
                break;
            }

            if (s.Tokens[k].IsPunct('.') || s.Tokens[k].IsPunct(';'))
            {
                break;
            }
        }

        // "Putin and Xi held talks in the Kremlin", "A and B hold a video call": the two subjects of the light verb meet each other.
        if (with < 0 && kind != MeetingKind.Visit && LightVerb(s, i) is { } held && JointSubjects(s, held) is { Count: >= 2 } both)
        {
            return new MeetingEvent(kind, i, [both[0]], both.Skip(1).ToList(), PlaceAfter(s, i, "in", window: 10)?.Text, false, false, Rules.MeetingEncounter);
        }

        if (with < 0 && kind != MeetingKind.Visit)
        {
            return null;
        }

        var a = new List<Participant>();
        if (participial)
        {
            // "Meeting with X on <date>, A repeated…": A is the subject after the frame.
            var comma = Enumerable.Range(i, s.Count - i).FirstOrDefault(k => s.Tokens[k].IsPunct(','), -1);
            if (comma >= 0 && s.MentionAt(comma + 1) is { IsPerson: true } subject)
            {
                a.Add(new Participant(subject.Actor, null));
            }
        }
        else if (s.Lower(i + 1) == "of")
        {
            a = Region(s, i + 2, with < 0 ? ClauseEnd(s, i) : with, stopAtTo: true);
        }
        else if (LightVerb(s, i) is { } verb && SpeechFinder.Subject(s, verb) is { } subject)
        {
            // "A held a phone call with B": the subject of "held".
            a.Add(new Participant(subject.Actor, null));
        }
        else
        {
            // "a conversation he had with B", "a closed meeting A held in his office with B", or the sentence's subject.
            for (var k = i + 1; k < (with < 0 ? s.Count : with); k++)
            {
                if (s.MentionAt(k) is { IsPerson: true } holder)
                {
                    a.Add(new Participant(holder.Actor, null));
                    break;
                }
            }

            if (a.Count == 0 && s.Mentions.FirstOrDefault(m => m.IsPerson && m.First > i) is { } later)
            {
                a.Add(new Participant(later.Actor, null));
            }
        }

        // "a meeting with X would signal…": a meeting supposed, not held.
        for (var k = i + 1; k < ClauseEnd(s, i + 1); k++)
        {
            if (s.Lower(k) is "would" or "could" or "might" or "will")
            {
                return null;
            }
        }

        var (b, location) = with < 0 ? ([], null) : Counterparts(s, with);
        location ??= PlaceAfter(s, i, "in", window: 14)?.Text;
        if (a.Count == 0 || (b.Count == 0 && kind != MeetingKind.Visit))
        {
            return null;
        }

        return new MeetingEvent(kind, i, a, b, location, false, false, Rules.MeetingEncounter);
    }

    /// <summary>"A and B spoke": the people named as the verb's subjects, joined by "and", with nothing but titles between.</summary>
    private List<Participant> JointSubjects(SentenceContext s, int verb)
    {
        var start = verb - 1;
        while (start > 0 && s.Tokens[start - 1].Kind != TokenKind.Punctuation && verb - start < 20)
        {
            start--;
        }

        var people = s.Mentions.Where(m => m.IsPerson && m.First >= start && m.Last <= verb && m.How != MentionHow.Pronoun).ToList();
        var joined = people.Count >= 2 && Enumerable.Range(people[0].Last, people[^1].First - people[0].Last).Any(k => s.Lower(k) == "and")
                     && !Enumerable.Range(people[0].Last, verb - people[0].Last).Any(k => s.MentionAt(k) is null && (lexicon.VerbEvent(s.Lower(k)) is not null || s.Lower(k) is "who" or "which"));
        return joined ? people.Select(m => new Participant(m.Actor, null)).ToList() : [];
    }

    /// <summary>
    /// "acting commerce minister X": a person named after a few lower-case words of description that end on a role noun.
    /// </summary>
    private Mention? DescribedPerson(SentenceContext s, int from, int to)
    {
        var sawRole = false;
        for (var k = from; k < to && k - from <= 5; k++)
        {
            if (s.MentionAt(k) is { IsPerson: true } m && m.First == k)
            {
                return sawRole && m.How != MentionHow.Pronoun ? m : null;
            }

            if (!s.Tokens[k].IsWord || s.Tokens[k].IsCapitalized && !lexicon.Roles.Contains(s.Lower(k)))
            {
                return null;
            }

            sawRole = lexicon.Roles.Contains(s.Lower(k));
        }

        return null;
    }

    /// <summary>
    /// How many words from <paramref name="at"/> say how two people spoke ("by telephone", "over the phone", "by video link"):
    /// "A spoke by telephone with B" is a call like "A spoke with B".
    /// </summary>
    private static int ByPhone(SentenceContext s, int at)
    {
        if (s.Lower(at) is not ("by" or "over" or "on" or "via"))
        {
            return 0;
        }

        var n = s.Lower(at + 1) == "the" ? 2 : 1;
        if (s.Lower(at + n) is not ("telephone" or "phone" or "video" or "videoconference" or "videolink" or "line"))
        {
            return 0;
        }

        return s.Lower(at + n + 1) is "link" or "call" ? n + 2 : n + 1;
    }

    /// <summary>"spoke by telephone on Wednesday with X": the index after the phone phrase and a date, where "with" or "to" stands.</summary>
    private static int AfterPhoneAndDate(SentenceContext s, int at)
    {
        var k = at + ByPhone(s, at);
        if (s.Dates.FirstOrDefault(d => d.First == k || (d.First == k + 1 && s.Lower(k) is "on" or "in")) is { } date)
        {
            k = date.Last;
        }

        return k;
    }

    private static bool HasGroupNoun(string description) =>
        description.Split(' ').Any(w => GroupNouns.Contains(w.ToLowerInvariant()));

    /// <summary>"The delegation met…", "the visiting delegation members…": a definite group right before the verb.</summary>
    private static bool DefiniteGroup(SentenceContext s, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && verb - k <= 3 && (GroupNouns.Contains(s.Lower(k)) || s.Lower(k) == "visiting"))
        {
            k--;
        }

        return k < verb - 1 && s.Lower(k) == "the";
    }

    /// <summary>The verb of "held a (phone) call", "had a meeting": its index, or null.</summary>
    private static int? LightVerb(SentenceContext s, int noun)
    {
        if (s.Lower(noun) == "talks" && noun >= 1 && s.Lower(noun - 1) is "held" or "had" or "conducted" or "holds" or "hold")
        {
            return noun - 1;
        }

        var det = Determiners.Contains(s.Lower(noun - 1)) ? noun - 1 : Determiners.Contains(s.Lower(noun - 2)) ? noun - 2 : -1;
        return det >= 1 && s.Lower(det - 1) is "held" or "had" or "made" or "conducted" or "holds" or "has" or "hold" or "have" ? det - 1 : null;
    }

    /// <summary>Who came or initiated: the subject, a delegation's leader ("led by X"), or the group itself.</summary>
    private List<Participant> SideA(SentenceContext s, int verb)
    {
        // "Ruritanian President X and Freedonian Chancellor Y meet…": both titled subjects.
        if (JointSubjects(s, verb) is { Count: >= 2 } joint)
        {
            return joint;
        }

        var subject = SpeechFinder.Subject(s, verb);
        if (subject is not null && subject.How != MentionHow.Demonym)
        {
            return [new Participant(subject.Actor, null)];
        }

        // Walk back to the start of the clause: the sentence start or the comma after an opening adverbial.
        if (verb == 0)
        {
            return [];
        }

        var start = verb - 1;
        while (start > 0 && !s.Tokens[start - 1].IsPunct(',') && !s.Tokens[start - 1].IsPunct(':') && verb - start < 30)
        {
            start--;
        }

        var group = Region(s, start, verb, stopAtTo: false);
        if (group.Count == 0 && s.Slice(start, verb).Trim() is { Length: > 0 } words && PairPattern().IsMatch(words.ToLowerInvariant()))
        {
            // "the two ministers were received together by X": the pair, to be named from what the text told before.
            return [new Participant(null, words)];
        }

        return group;
    }

    /// <summary>
    /// Participants in a stretch of text: people and bodies named, people after "led by"/"headed by",
    /// or else the description of a group ("delegation of senior movement figures").
    /// </summary>
    private List<Participant> Region(SentenceContext s, int from, int to, bool stopAtTo)
    {
        var result = new List<Participant>();
        for (var k = from; k < to - 1; k++)
        {
            if (s.Lower(k) is "led" or "headed" && s.Lower(k + 1) == "by")
            {
                var leaders = s.Mentions.Where(m => m.IsPerson && m.First >= k + 2 && m.Last <= to).ToList();
                if (leaders.Count > 0)
                {
                    // "led by A and B": both lead; "led by A, who …" only A.
                    var joint = leaders.TakeWhile((m, n) => n == 0 || s.Lower(m.First - 1) is "and" or ",").Take(4);
                    return joint.Select(m => new Participant(m.Actor, null)).ToList();
                }
            }
        }

        var named = s.Mentions.Where(m => m.First >= from && m.Last <= to && m.IsPerson).ToList();
        if (named.Count > 0)
        {
            return named.Select(m => new Participant(m.Actor, null)).ToList();
        }

        var description = Description(s, from, to, stopAtTo);
        if (description is not null)
        {
            result.Add(new Participant(null, description));
        }

        return result;
    }

    private string? Description(SentenceContext s, int from, int to, bool stopAtTo)
    {
        while (from < to && (s.Lower(from) is "a" or "an" or "the" or "right" or "left" or "and" || s.Tokens[from].Kind == TokenKind.Punctuation
                             || InDate(s, from) || (s.Lower(from) is "in" or "on" or "since" && InDate(s, from + 1))))
        {
            from++;
        }

        var end = from;
        while (end < to && !s.InCitation(end) && !(s.Tokens[end].Kind == TokenKind.Punctuation && s.Tokens[end].Lower is "," or "." or "(" or ";" or ":")
               && !(s.Lower(end) is "on" or "in" or "at" or "headed" or "led" or "who" or "which" or "after" or "before" or "during" && end > from)
               && !(stopAtTo && s.Lower(end) is "to" && end > from))
        {
            end++;
        }

        if (end <= from || end - from > 12)
        {
            return null;
        }

        var hasGroupNoun = false;
        for (var k = from; k < end; k++)
        {
            hasGroupNoun |= GroupNouns.Contains(s.Lower(k));
        }

        if (!hasGroupNoun && s.MentionAt(from) is null or { How: MentionHow.Pronoun })
        {
            return null;
        }

        return s.Slice(from, end);
    }

    /// <summary>Counterparts after "with" (or "to"): a list split at commas and "and", appositions skipped.</summary>
    private (List<Participant> Side, string? Location) Counterparts(SentenceContext s, int from, bool direct = false)
    {
        string? location = null;
        var k = direct ? from - 1 : from;
        var end = ClauseEnd(s, from);
        while (!direct && k < end && s.Lower(k) is not ("with" or "to"))
        {
            if (s.Lower(k) == "in" && PlaceAfter(s, k - 1, "in") is { } place)
            {
                location = place.Text;
            }

            k++;
            if (k - from > 8)
            {
                return ([], location);
            }
        }

        k++;
        var side = new List<Participant>();
        var previousWasPerson = false;
        // The participant a title chunk ("the Personal Envoy of the Secretary-General of the United Nations") added, if any: the
        // name after it ("…, Mr. X") replaces it.
        Participant? titleOnly = null;
        var chunkStart = k;
        for (var j = k; j <= end; j++)
        {
            var boundary = j == end || s.Tokens[j].IsPunct(',') || s.Lower(j) == "and" || s.Tokens[j].IsPunct('(') || s.Tokens[j].IsPunct(')');
            if (!boundary || s.InCitation(Math.Min(j, s.Count - 1)) && j < end)
            {
                continue;
            }

            // "…with A, who heads the delegation, and with B": a relative clause describes the person before it.
            if (j > chunkStart && s.Lower(chunkStart) is "who" or "whose" or "which")
            {
                chunkStart = j + 1;
                continue;
            }

            if (j > chunkStart)
            {
                // A person counts when only a title stands before the name in the chunk ("the party leader X").
                var lead = chunkStart;
                while (lead < j && (s.Lower(lead) is "the" or "a" or "an" or "his" or "her" or "their" or "its" || lexicon.Roles.Contains(s.Lower(lead))
                                    || lexicon.HonorificLength(s.Lower, lead) > 0 || (lead == chunkStart && s.Lower(lead) == "with")
                                    // "Mr. Xu Feihong": the stop of a form of address.
                                    || (s.Tokens[lead].IsPunct('.') && lead > chunkStart && lexicon.HonorificLength(s.Lower, lead - 1) > 0)
                                    || (s.Lower(lead) == "of" && lead > chunkStart && lexicon.Roles.Contains(s.Lower(lead - 1)))
                                    || (s.Lower(lead) == "of" && lead > chunkStart && s.MentionEndingAt(lead) is { IsPerson: false })
                                    || s.MentionAt(lead) is { IsPerson: false } || s.Tokens[lead].Kind == TokenKind.Possessive
                                    // "Freedonian President X": an adjective of a nation no gazetteer knows, before a title.
                                    || (s.Tokens[lead].IsCapitalized && s.MentionAt(lead) is null && lead + 1 < j && lexicon.Roles.Contains(s.Lower(lead + 1)))))
                {
                    lead++;
                }

                // "…, the state news agency reported": a clause with a verb of its own ends the list.
                if (side.Count > 0 && j - 1 > chunkStart && s.MentionAt(j - 1) is null && s.Tokens[j - 1].IsWord
                    && (s.Lower(j - 1).EndsWith("ed", StringComparison.Ordinal) || lexicon.VerbEvent(s.Lower(j - 1)) is not null))
                {
                    break;
                }

                // "…, the presidency said in a statement": a verb of speech inside the chunk makes it the report's source.
                if (side.Count > 0 && Enumerable.Range(chunkStart, j - chunkStart).Any(k => s.Tokens[k].IsWord && s.MentionAt(k) is null
                        && lexicon.VerbEvent(s.Lower(k)) == "speech" && k > chunkStart && s.Lower(k - 1) is not ("the" or "a" or "his" or "her" or "their" or "its")))
                {
                    break;
                }

                // The name may open on a word that also serves as an honorific ("Amir Tariq Bazzi").
                var person = s.Mentions.FirstOrDefault(m => m.IsPerson && m.First <= lead && m.First >= chunkStart && m.Last > lead && m.Last <= j && m.How != MentionHow.Pronoun)
                             ?? DescribedPerson(s, lead, j);
                var startsWithRole = lead > chunkStart && (lead >= j || s.MentionAt(lead) is null) && Enumerable.Range(chunkStart, lead - chunkStart).Any(k => lexicon.Roles.Contains(s.Lower(k)));
                if (person is not null)
                {
                    // "met the acting foreign minister, X": the description before the name was the name's title.
                    if (side.Count > 0 && (side[^1].Actor is null || side[^1] == titleOnly) && s.Tokens[chunkStart - 1].IsPunct(','))
                    {
                        side.RemoveAt(side.Count - 1);
                    }

                    side.Add(new Participant(person.Actor, null));
                    previousWasPerson = true;
                }
                else if (previousWasPerson && startsWithRole)
                {
                    // An apposition describing the person before it.
                }
                else if (s.MentionAt(chunkStart) is { } body && body.Kind is ActorKind.Organization or ActorKind.Unit && body.Last >= j - 1)
                {
                    side.Add(new Participant(body.Actor, null));
                    previousWasPerson = false;
                }
                else if (Description(s, chunkStart, j, stopAtTo: false) is { } description)
                {
                    side.Add(new Participant(null, description));
                    previousWasPerson = false;
                }
                else if (side.Count > 0 && !Enumerable.Range(chunkStart, j - chunkStart).All(k => s.Lower(k) is "then" or "later" or "also" or "separately" or "subsequently" or "afterwards"))
                {
                    // The list of counterparts has ended ("…, regarding X's declaration"); "and then, separately, with B" goes on.
                    break;
                }
            }

            titleOnly = side.Count > 0 && side[^1].Actor is { Kind: not ActorKind.Person } && j > chunkStart
                        && Enumerable.Range(chunkStart, j - chunkStart).Any(x => lexicon.Roles.Contains(s.Lower(x))) ? side[^1] : null;
            chunkStart = j + 1;
        }

        return (side, location);
    }

    /// <summary>
    /// The "by" of a passive reception: right after the verb, or after a place, a date or a manner adverb in between ("was
    /// received in Niamey on 3 December by", "was warmly received by"), never past a comma or a second verb.
    /// </summary>
    private static int? PassiveAgent(SentenceContext s, int verb)
    {
        var end = Math.Min(s.Count, verb + MaxPassiveGap);
        for (var k = verb + 1; k < end; k++)
        {
            if (s.Lower(k) == "by")
            {
                return k;
            }

            if (s.Tokens[k].Kind == TokenKind.Punctuation && !InDate(s, k) || s.InCitation(k))
            {
                return null;
            }
        }

        return null;
    }

    private static bool InDate(SentenceContext s, int i) => s.Dates.Any(d => i >= d.First && i < d.Last);

    /// <summary>A pair described and not named: "the two leaders", "both ministers were", "the leaders of both countries".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:the\s+)?(?:two|both)\s+(?:\w+\s+)?(?:leaders|ministers|presidents|heads|envoys|men|sides)(?:\s+(?:were|was|are|had|have|been|also|later|then))*(?:\s+(?<sep>separately)|\s+together|\s+jointly)?$|^(?:the\s+)?leaders\s+of\s+(?:both|the\s+two)\s+countries$")]
    internal static partial System.Text.RegularExpressions.Regex PairPattern();

    /// <summary>
    /// "called on the Chief Adviser, Y, at the State Guest House": "called on" a person, with no errand for them after it ("called on
    /// the Indian side to bring … down", "called on X to stop"), is a visit to that person, not an appeal.
    /// </summary>
    internal static bool IsCourtesyCall(SentenceContext s, int verb)
    {
        if (s.Lower(verb) is not ("called" or "calls" or "call") || s.Lower(verb + 1) is not ("on" or "upon"))
        {
            return false;
        }

        var end = Math.Min(ClauseEnd(s, verb + 2), verb + 20);
        var person = false;
        for (var k = verb + 2; k < end; k++)
        {
            person |= s.MentionAt(k) is { IsPerson: true, How: not MentionHow.Pronoun };
            if (s.Lower(k) == "to" && k + 1 < s.Count && s.Tokens[k + 1].IsWord && !s.Tokens[k + 1].IsCapitalized
                && s.Lower(k + 1) is not ("the" or "a" or "an" or "his" or "her" or "their" or "its"))
            {
                // "called on the minister to discuss bilateral ties" is still a visit; "to stop", "to release" are demands.
                return person && s.Lower(k + 1) is "discuss" or "review" or "exchange" or "brief" or "pay" or "convey" or "deliver" or "present" or "bid";
            }
        }

        return person;
    }

    private static int ClauseEnd(SentenceContext s, int from)
    {
        for (var k = from; k < s.Count; k++)
        {
            var t = s.Tokens[k];
            // "the Ambassador of China, Mr. Xu Feihong": the stop of a form of address inside the sentence ends nothing.
            var address = t.Lower == "." && k >= 1 && k + 1 < s.Count && s.Tokens[k + 1].IsWord && s.Tokens[k + 1].IsCapitalized
                          && s.Lower(k - 1) is "mr" or "mrs" or "ms" or "dr" or "prof" or "md" or "mohd";
            if ((t.Kind == TokenKind.Punctuation && t.Lower is "." or ";" or ":" && !address) || s.InCitation(k) && s.Citations.Any(c => c.First == k))
            {
                return k;
            }

            // "… and expressed …": a new verb ends the list of counterparts.
            if (t.Lower == "and" && k + 1 < s.Count && (s.Tokens[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal) || s.Lower(k + 1) == "said"))
            {
                return k;
            }
        }

        return s.Count;
    }

    private static (string Text, DocActor? Actor)? PlaceAfter(SentenceContext s, int trigger, string? preposition, int window = 6)
    {
        var end = Math.Min(s.Count, trigger + window);
        for (var k = trigger + 1; k < end; k++)
        {
            if (preposition is not null && s.Lower(k - 1) != preposition)
            {
                continue;
            }

            if (s.MentionAt(k) is { } m && m.First == k && (m.Kind == ActorKind.State || m.How == MentionHow.Metonym))
            {
                var state = m.Kind == ActorKind.State ? m.Actor : null;
                return (s.Text[m.Start..m.End], state);
            }
        }

        return null;
    }

    private static DocActor? StateIn(SentenceContext s, int from, int to) =>
        s.Mentions.FirstOrDefault(m => m.First >= from && m.Last <= to && m.Kind == ActorKind.State)?.Actor;

    private static bool DuringFrame(SentenceContext s, int verb)
    {
        for (var k = Math.Max(0, verb - 9); k < verb - 1; k++)
        {
            if (s.Lower(k) == "during" && s.Lower(k + 1) is "the" or "their" or "this" or "that" or "his" or "her"
                && (s.Lower(k + 2) is "visit" or "trip" or "stay" || s.Lower(k + 3) is "visit" or "trip" or "stay"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFuture(SentenceContext s, int trigger)
    {
        for (var k = Math.Max(0, trigger - 4); k < trigger; k++)
        {
            if (FutureMarkers.Contains(s.Lower(k)) || (k == trigger - 1 && s.Lower(k) == "to") || s.Lower(k) is "never" || (s.Lower(k) == "not" && k >= trigger - 2))
            {
                return true;
            }
        }

        return false;
    }
}
