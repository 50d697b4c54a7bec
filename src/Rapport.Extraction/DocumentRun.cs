using System.Globalization;
using Rapport.Extraction.Actors;
using Rapport.Extraction.Citations;
using Rapport.Extraction.Dates;
using Rapport.Extraction.Meetings;
using Rapport.Extraction.Names;
using Rapport.Extraction.Statements;
using Rapport.Extraction.Support;
using Rapport.Extraction.Text;
using Rapport.Model;

namespace Rapport.Extraction;

/// <summary>
/// One extraction: a single pass over the blocks of a document, sentence by sentence, keeping only small state
/// (the open statement, the meetings awaiting a citation, the actors named so far), so that it stays linear.
/// </summary>
internal sealed partial class DocumentRun
{
    // Sentences are analysed in windows of at most this many, so that a pathological "paragraph" stays bounded in memory.
    private const int MaxSentencesPerWindow = 40;

    // A caption repeats one of the last few facts told, never one from far back: bounded look-back keeps the run linear.
    private const int RecentWindow = 50;

    private static readonly HashSet<string> CaptionOpeners = new(StringComparer.Ordinal) { "right", "left", "above", "below", "top", "bottom", "photo", "caption", "center", "centre" };

    private readonly Extractor _extractor;
    private readonly DocumentId _id;
    // Header lines that may carry the publication date: the first few short lines before the body starts.
    private const int HeaderBlocks = 5;
    private const int MaxHeaderLineLength = 200;

    // Words between a verb of speech and the date of the speech ("said in a video circulated on social media on Monday").
    private const int MaxVerbToDate = 10;

    // A speaker label's words: a role and a name of up to five parts ("PRESIDENT HASSAN SHEIKH MOHAMUD:").
    private const int MaxLabelWords = 6;

    // "MODERATOR (Name, State House spokesperson):": how far a label's parenthesis may run.
    private const int MaxLabelParenthesis = 80;

    // "September 2023" is the longest heading that names only a period.
    private const int MaxPeriodHeadingLength = 20;

    // True while the block being read is a transcript turn (a labelled answer or question).
    private bool _inTurn;

    // Labels of the one who asks in an interview or a briefing.
    private static readonly HashSet<string> QuestionLabels = new(StringComparer.Ordinal)
    {
        "interviewer", "question", "q", "host", "presenter", "moderator", "anchor", "journalist", "reporter",
    };

    // True once the header has named an issuing office ("Ministry of Foreign Affairs", "Government of …"): the state it names next
    // is the release's own.
    private bool _issuerHeader;

    private void NoteIssuer(SentenceContext ctx)
    {
        if (_bodyStarted || _actors.HomeState is not null)
        {
            return;
        }

        _issuerHeader |= ctx.Tokens.Any(t => t.Lower is "ministry" or "government" or "presidency" or "embassy" or "mfa" or "mofa");
        if (_issuerHeader && ctx.Mentions.FirstOrDefault(m => m.Kind == ActorKind.State) is { } state)
        {
            _actors.HomeState = state.Actor;
        }
    }

    // True once a paragraph of running text has been read: headings before it are the document's titles.
    private bool _bodyStarted;

    // True when a wire dateline dates the story: its days of the week then count back from that day, never on from a
    // past date the story mentions in passing.
    private bool _storyDated;

    // The paragraph a wire dateline opens: its lead, which sums up what the body then reports.
    private int _leadBlock = -1;

    // How far apart, in characters, one speaker's remarks of one day may stand and still be told as one speech event.
    private const int SameEventReach = 5000;

    // A wire dateline ("WASHINGTON/BRUSSELS, September 12, 2023 (Agency) -") fits in this many characters.
    private const int MaxWireDatelineLength = 90;

    private PartialDate _documentDate;

    // True while the block being read is a log's day heading ("Sun 7 Aug"), and while the section it opens lasts.
    private bool _dayHeading;
    private bool _sectionIsDayHeading;

    // The first day the text told before any transcript turn, and the date all turns then take.
    private PartialDate _introDate;
    private PartialDate? _turnDate;

    // The date the text last told (in its own words, or by the citation of a sentence that gives none):
    // "the same day", "the next morning" and "two days later" count from it.
    private PartialDate _narrative;

    // The last date the current block told before the sentence being read: the context of a statement that gives none.
    private PartialDate _blockDate;

    // The date the text had last told before the current sentence, across blocks.
    private PartialDate _narrativeBefore;

    // The date of the last dateline the body gave ("Muscat, 13 April 2023" opening a second release): "today" and weekdays
    // count from it rather than from the document's date.
    private PartialDate _sectionDate;

    // True once the text has cited an outlet in brackets: then an undated statement is dated by its citation or not at all,
    // never by the narrative of earlier paragraphs.
    private bool _citedSoFar;
    // The outlets of the document's footnotes by label, read before the body so that "[3]" cites them; null when it has none.
    private Dictionary<string, IReadOnlyList<CitedOutlet>>? _notes;
    private readonly NormalizedText _text;
    private readonly DocumentActors _actors;
    private readonly MentionFinder _mentions;
    private readonly SpeechFinder _speech;
    private readonly MeetingFinder _meetingFinder;
    private readonly SupportFinder _supportFinder;
    private readonly List<string> _warnings = [];
    private readonly List<StatementDraft> _statements = [];

    // Transcript turns by speaker: every turn of one speaker extends one statement.
    private readonly Dictionary<string, StatementDraft> _turns = new(StringComparer.Ordinal);
    private readonly List<MeetingDraft> _meetings = [];

    // The few meetings still waiting for a citation, so that a citation never scans every meeting of the document.
    private readonly List<MeetingDraft> _awaiting = [];
    private readonly List<SupportClaim> _support = [];
    private readonly List<Assessment> _assessments = [];
    private StatementDraft? _open;
    private DocActor? _focus;
    private MeetingDraft? _lastMeeting;
    private MeetingDraft? _lastVisit;

    public DocumentRun(Extractor extractor, DocumentId id, string text, PartialDate documentDate)
    {
        _extractor = extractor;
        _id = id;
        _documentDate = documentDate;
        _text = TextNormalizer.Normalize(text);
        var lexicon = extractor.Lexicon;
        _actors = new DocumentActors(extractor.Gazetteer, documentDate,
            w => lexicon.Roles.Contains(w) || lexicon.HonorificLength(k => k == 0 ? w : string.Empty, 0) > 0);
        _mentions = new MentionFinder(_actors, extractor.Lexicon);
        _speech = new SpeechFinder(extractor.Lexicon);
        _meetingFinder = new MeetingFinder(extractor.Lexicon);
        _supportFinder = new SupportFinder(extractor.Lexicon);
    }

    private string T => _text.Value;

    public ExtractionResult Execute()
    {
        var blocks = Segmenter.Blocks(T);
        if (_documentDate.Precision < DatePrecision.Day)
        {
            // A date known only to the month or the year (a file named "2024-12-…") gives way to the day the text itself gives,
            // and lends its year to a dateline that has none ("ANKARA, Dec 12 (Agency) -").
            var header = HeaderDate(blocks);
            _documentDate = header.IsKnown && header.Precision >= _documentDate.Precision ? header : _documentDate;
            _actors.DocumentDate = _documentDate;
        }
        else if (blocks.Take(HeaderBlocks + 2).FirstOrDefault(b => b.Kind == BlockKind.Paragraph && WireOpening(b) > 0) is { } lead)
        {
            // A story dated by its page ("ZENDA, 26 Jun (Agency) - …"): its dateline is the story's day all the same.
            _storyDated = true;
            _leadBlock = lead.Index;
        }

        var notes = CitationFinder.Notes(T, blocks.Select(b => (b.Start, b.End)), _documentDate);
        _notes = notes.Count > 0 ? notes : null;
        var sentences = Segmenter.Sentences(T, blocks);
        var index = 0;
        while (index < sentences.Count)
        {
            var block = sentences[index].Block;
            var window = new List<Sentence>();
            while (index < sentences.Count && sentences[index].Block == block && window.Count < MaxSentencesPerWindow)
            {
                window.Add(sentences[index++]);
            }

            ProcessBlock(block, window);
        }

        Close(_open);
        return Build();
    }

    /// <summary>
    /// The publication date a header line gives ("Published: 2 July 2016", "Sat Mar 5, 2016 4:12pm GMT", "*Desk — 2018-01-20*"):
    /// the first full date of the short lines that open the document, before its body.
    /// </summary>
    private PartialDate HeaderDate(IReadOnlyList<Block> blocks)
    {
        for (var b = 0; b < blocks.Count && b < HeaderBlocks; b++)
        {
            var block = blocks[b];

            // A long header block that is no sentence ("MINISTRY OF DEFENCE … / Department of Information …") is still header.
            var sentence = ".!?\"\u201d)".Contains(T[block.End - 1], StringComparison.Ordinal);
            if (block.Kind == BlockKind.Bullet || (block.End - block.Start > MaxHeaderLineLength && (sentence || block.End - block.Start > 3 * MaxHeaderLineLength)))
            {
                // The first paragraph of a wire story opens with its dateline ("HAVANA, 2nd May 2023 (Wire) - ..."):
                // that is the story's date, and the days of the week in it count back from there.
                var wire = block.Kind == BlockKind.Bullet ? PartialDate.Unknown : WireDateline(block);
                _storyDated = wire.IsKnown;
                _leadBlock = wire.IsKnown ? block.Index : -1;

                // "The interview was recorded on Monday, 2 October 2023 … It was published on 9 October 2023": an introduction
                // that says when the text was published dates it.
                return wire.IsKnown ? wire : PublishedIn(block);
            }

            // A short first paragraph may still be a wire story's opening: its dateline dates the story all the same.
            if (block.Kind == BlockKind.Paragraph && WireDateline(block) is { IsKnown: true } opening)
            {
                _storyDated = true;
                _leadBlock = block.Index;
                return opening;
            }

            var date = DateFinder.FirstFull(Tokenizer.Tokenize(T, block.Start, block.End));
            if (date.IsKnown)
            {
                return date;
            }
        }

        return PartialDate.Unknown;
    }

    /// <summary>The full date after "published (on)" in a block, or unknown.</summary>
    private PartialDate PublishedIn(Block block)
    {
        var tokens = Tokenizer.Tokenize(T, block.Start, Math.Min(block.End, block.Start + 2000));
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Lower is "published" or "posted" && DateFinder.FirstFull(tokens.GetRange(k + 1, Math.Min(6, tokens.Count - k - 1))) is { Precision: DatePrecision.Day } date)
            {
                return date;
            }
        }

        return PartialDate.Unknown;
    }

    /// <summary>
    /// The date of a wire dateline opening a paragraph: a place in capitals, a comma, a full date to the day, perhaps the
    /// agency in parentheses, then a dash, all within the first few words; unknown otherwise.
    /// </summary>
    private PartialDate WireDateline(Block block)
    {
        var dash = WireOpening(block);
        if (dash < 0)
        {
            return PartialDate.Unknown;
        }

        var tokens = Tokenizer.Tokenize(T, block.Start, dash);
        var date = DateFinder.FirstFull(tokens);
        if (date.Precision == DatePrecision.Day)
        {
            return date;
        }

        // "ANKARA, Dec 12 (Agency) -" in a document known only to its month or year: the day in that year.
        return _documentDate.IsKnown && DateFinder.Find(tokens, 0, tokens.Count, _documentDate, null) is [{ Relative: false, Date.Precision: DatePrecision.Day } day, ..]
            ? day.Date
            : PartialDate.Unknown;
    }

    /// <summary>
    /// Where the dash of a wire dateline stands ("ZENDA, 2nd May 2023 (Wire) –", "STRELSAU, 26 Jun (Agency) -"): a place in
    /// capitals, then a comma, within the first few words; -1 when the paragraph opens otherwise.
    /// </summary>
    private int WireOpening(Block block)
    {
        var end = Math.Min(block.End, block.Start + MaxWireDatelineLength);
        var dash = T.IndexOf(" -", block.Start, end - block.Start, StringComparison.Ordinal);
        if (dash < 0 || !char.IsUpper(T[block.Start]))
        {
            return -1;
        }

        var tokens = Tokenizer.Tokenize(T, block.Start, dash);
        var place = tokens.TakeWhile(t => t.IsWord && t.Lower.Length > 1 && T.AsSpan(t.Start, t.End - t.Start).ToString() is var w && w == w.ToUpperInvariant()).Count();
        return place == 0 || place >= tokens.Count || !tokens[place].IsPunct(',') && !tokens[place].IsPunct('/') ? -1 : dash;
    }

    /// <summary>
    /// A transcript turn's speaker label ("SMITH:", "JOHN SMITH:", "Mr. SMITH.", "Ambassador SMITH.", "PRESIDENT SMITH:"): one to
    /// six words in capitals (initials such as "R." inside them), after at most one form of address or role, perhaps a
    /// parenthesis ("QUESTION (Outlet):"), and a colon opening the block; a full stop ends
    /// the label only after a form of address or a role, as hearing records write it. Returns the label's end (after the
    /// colon or stop) and the person it names, when the text has named one or the label itself names one.
    /// </summary>
    private (int End, DocActor? Speaker)? SpeakerLabel(Block block)
    {
        var i = block.Start;
        var titled = false;

        // "Mr." or "Ambassador" in ordinary case before the name: a form of address (a short word with a stop) or a role noun.
        var w = i;
        while (w < block.End && char.IsLetter(T[w]))
        {
            w++;
        }

        if (w > i && w < block.End && !IsAllCaps(i, w))
        {
            var lower = T[i..w].ToLowerInvariant();
            var shortAddress = w - i <= 3 && T[w] == '.' && w + 1 < block.End && T[w + 1] == ' ';
            if (!shortAddress && !(T[w] == ' ' && IsTitleWord(lower)))
            {
                return null;
            }

            titled = true;
            i = shortAddress ? w + 2 : w + 1;
        }

        var words = new List<string>(MaxLabelWords);
        var labelStart = i;
        while (words.Count < MaxLabelWords)
        {
            var start = i;
            while (i < block.End && (char.IsUpper(T[i]) || (i > start && T[i] is '-' or '\'' or '\u2019')))
            {
                i++;
            }

            // "FERDINAND R. MARCOS": an initial inside a name, never the last word of the label.
            var initial = i - start == 1 && i + 1 < block.End && T[i] == '.' && T[i + 1] == ' ' && words.Count > 0;
            if (i - start < 2 && !initial)
            {
                return null;
            }

            words.Add(T[start..i]);
            if (initial)
            {
                i += 2;
                continue;
            }

            // "MARCOS JR.:": an abbreviation's stop before the colon.
            if (i + 1 < block.End && T[i] == '.' && T[i + 1] == ':')
            {
                i++;
            }

            // "QUESTION (Citizen TV):", "MODERATOR (Name, role):": a parenthesis naming the outlet or the person's office.
            var labelEnd = i;
            if (i + 1 < block.End && T[i] == ' ' && T[i + 1] == '(')
            {
                var close = T.IndexOf(')', i, Math.Min(block.End, i + MaxLabelParenthesis) - i);
                if (close > 0 && close + 1 < block.End && T[close + 1] == ':')
                {
                    i = close + 1;
                }
            }

            var stop = i < block.End && T[i] == '.' && titled && (i + 1 >= block.End || T[i + 1] == ' ');
            if (i < block.End && (T[i] == ':' || stop))
            {
                // "PRESIDENT SMITH:": a role in capitals titles the name after it.
                var name = words.SkipWhile((x, k) => k < words.Count - 1 && IsTitleWord(x.ToLowerInvariant())).ToList();
                titled |= name.Count < words.Count;
                var parts = NameKey.Parts(string.Join(' ', name));
                var speaker = _actors.BySurname(parts)
                              ?? _actors.ExactPerson(parts)
                              // "HASSAN SHEIKH MOHAMUD": a name with an honorific inside it is the person the text named with the
                              // same first and last names.
                              ?? (parts.Count >= 2 ? _actors.All.FirstOrDefault(a => a.Kind == ActorKind.Person && a.FirstStart >= 0 && a.NameParts.Count >= 2
                                                                                   && a.NameParts[0] == parts[0] && a.NameParts[^1] == parts[^1]) : null);
                if (speaker is null && titled && parts.Count > 0 && !IsTitleWord(name[0].ToLowerInvariant()) && !IsTitleWord(name[^1].ToLowerInvariant()))
                {
                    // A hearing record names its speakers only by their labels: the label is the person's name in the text.
                    speaker = _actors.Discovered(string.Join(' ', name.Select(TitleCase)), ActorKind.Person);
                }

                speaker?.Saw(T[labelStart..labelEnd], labelStart);
                return (i + 1, speaker);
            }

            if (i >= block.End || T[i] != ' ')
            {
                return null;
            }

            i++;
        }

        return null;

        bool IsAllCaps(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (!char.IsUpper(T[k]))
                {
                    return false;
                }
            }

            return true;
        }

        static string TitleCase(string word) => word.Length < 2 ? word : word[0] + word[1..].ToLowerInvariant();
    }

    /// <summary>
    /// A parliamentary record's speaker label in ordinary case: "Otto Kessel (Strelsau North) (Con):", "1. Karl Rassendyll
    /// (Zenda and Tarlenheim) (Lab):", "The Minister for Europe (Marko Vidovic):", "Marko Vidovic:", "Mr Speaker:". The person is
    /// the name in the label, or the name in the bracket after an office; an office alone ("Mr Speaker") is a turn of nobody named.
    /// </summary>
    private (int End, DocActor? Speaker)? RecordLabel(Block block)
    {
        var head = T.AsSpan(block.Start, Math.Min(block.End - block.Start, 160)).ToString();
        var m = RecordLabelPattern().Match(head);
        if (!m.Success)
        {
            return null;
        }

        var words = m.Groups["label"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var label = words
            .SkipWhile(x => _extractor.Lexicon.HonorificLength(k => k == 0 ? x.ToLowerInvariant().TrimEnd('.') : string.Empty, 0) > 0
                            || x is "Sir" or "Dame" or "Lord" or "Baroness" or "Madam")
            .ToList();

        // "Mr Doughty:", "Ms Brandreth:": a committee record names its members by a form of address and the surname alone; an
        // interview by the surname alone ("Attaf:") once it has named the guest in full.
        var addressed = label.Count == 1 && !IsTitleWord(label[0].ToLowerInvariant()) && label[0] != "The"
                        && (words.Length == 2 || (words.Length == 1 && m.Groups["p1"].Success is false && _actors.BySurname(NameKey.Parts(label[0])) is not null));

        // "Interviewer:", "Q:", "Host:": a question put by the programme, a turn of nobody named.
        if (words.Length == 1 && !m.Groups["p1"].Success && QuestionLabels.Contains(words[0].ToLowerInvariant()))
        {
            return (block.Start + m.Length, null);
        }
        var bracket = m.Groups["p1"].Success ? m.Groups["p1"].Value.Trim() : null;

        // "**Al Jazeera (30 Jun):** …": a summary's item opens on the outlet and its day, not on a speaker.
        if (bracket is not null && DatesIn(bracket).Dates.Count > 0)
        {
            return null;
        }
        // "Minister Chiu Chui-cheng:", "Legislator Weng Hsiao-ling (KMT):": a title, then the name.
        var titled = label.TakeWhile(x => IsTitleWord(x.ToLowerInvariant())).Count();
        var titledName = titled > 0 && label.Count - titled >= 2 && label.Skip(titled).All(x => !IsTitleWord(x.ToLowerInvariant()));
        if (titledName)
        {
            label = label.Skip(titled).ToList();
        }

        var office = label.Count == 0 || label[0] == "The" || label.Any(x => IsTitleWord(x.ToLowerInvariant()));
        string? name = office
            ? bracket is not null && PersonLike(bracket) ? bracket : null
            : label.Count >= 2 || addressed ? string.Join(' ', label) : null;

        // A label naming nobody and no office ("Note:", "Key developments:") is no turn at all.
        if (name is null && !office)
        {
            return null;
        }

        // Two capitalised words and a colon also open ordinary prose ("Ruritanian Intelligence: …"); a record names its speakers in
        // brackets, by office, or again by a name the text has already given.
        if (!office && bracket is null && !addressed && !titledName && _actors.BySurname(NameKey.Parts(name!)) is null
            && _actors.ExactPerson(NameKey.Parts(name!)) is null)
        {
            return null;
        }

        // "Spokesperson:" in a briefing whose introduction named its spokesperson: the person the text gave that office.
        DocActor? speaker = name is null && office && bracket is null && label.Count is 1 or 2
            ? _actors.LastWithRole(label[^1].ToLowerInvariant())
            : null;

        // The label is how the record names that person: the turn's span shows it.
        speaker?.Saw(m.Groups["label"].Value, block.Start + m.Groups["label"].Index);
        if (name is not null)
        {
            var parts = NameKey.Parts(name);
            speaker = _actors.ExactPerson(parts)
                      ?? _actors.BySurname(parts)
                      ?? _actors.Discovered(name, ActorKind.Person);
            var at = block.Start + m.Groups[bracket is not null && office ? "p1" : "label"].Index;
            speaker.Saw(name, at);
        }

        return (block.Start + m.Length, speaker);

        static bool PersonLike(string text)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length is >= 2 and <= 4 && words.All(x => x.Length > 0 && char.IsUpper(x[0]));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,3}\.\s+|Q\d{1,3}\s+)?(?<label>(?:[A-Z][\p{L}'\u2019.-]*)(?:\s+(?:[A-Z][\p{L}'\u2019.-]*|for|of|the|and)){0,6})(?:\s*\((?<p1>[^()\n]{1,60})\))?(?:\s*\((?<p2>[^()\n]{1,40})\))?:\s")]
    private static partial System.Text.RegularExpressions.Regex RecordLabelPattern();

    /// <summary>A role noun or an honorific ("ambassador", "president", "sheikh"), lower case.</summary>
    private bool IsTitleWord(string lower) =>
        _extractor.Lexicon.Roles.Contains(lower) || _extractor.Lexicon.HonorificLength(k => k == 0 ? lower : string.Empty, 0) > 0;

    private void ProcessBlock(Block block, List<Sentence> sentences)
    {
        ReadBlockSources(block);
        CapitalisedSpeaker(block);
        _bodyStarted |= block.Kind is BlockKind.Paragraph or BlockKind.Bullet && block.End - block.Start > MaxHeaderLineLength;

        // A turn of a named speaker in a transcript is that person's speech, all of it: one statement for the whole interview.
        var turn = block.Kind == BlockKind.Paragraph && sentences.Count > 0 && sentences[0].Start == block.Start ? SpeakerLabel(block) ?? RecordLabel(block) ?? SittingLabel(block) : null;
        var turnSpeaker = turn?.Speaker;
        _inTurn = turn is not null;
        if (turnSpeaker is not null)
        {
            Close(_open);
            Turn(turnSpeaker, block, turn!.Value.End);
        }

        // A dateline dates the text that follows; it tells no event, so it leaves the narrative where it was.
        _dayHeading = false;
        var wasDayHeading = _sectionIsDayHeading;
        _sectionIsDayHeading = false;
        var isDateline = Dateline(block) is { IsKnown: true } dateline && (_sectionDate = dateline).IsKnown;
        _sectionIsDayHeading = isDateline ? _sectionIsDayHeading : wasDayHeading;

        // A heading that is only a year or a month ("2023", "March 2023") gives the year of the entries under it ("Mar. 3 -").
        if (!isDateline && PeriodHeading(block) is { IsKnown: true } period)
        {
            _sectionDate = period;
        }

        var anchor = _sectionDate.IsKnown ? _sectionDate : _documentDate;

        // A block that gives no date of its own, under no dateline, counts on from the date the text last told.
        var forward = !_sectionDate.IsKnown && !_storyDated;
        var blockDate = PartialDate.Unknown;
        var blockDates = new List<PartialDate>(sentences.Count);
        var narratives = new List<PartialDate>(sentences.Count);
        var contexts = new List<SentenceContext>(sentences.Count);
        var speeches = new List<SpeechEvent?>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var ctx = new SentenceContext(T, sentence, Tokenizer.Tokenize(T, sentence.Start, sentence.End));
            ctx.Citations = CitationFinder.Find(T, ctx.Tokens, anchor, IsActorName, _notes);
            ctx.Dates = FindDates(ctx, anchor, forward);
            if (ctx.Dates.LastOrDefault(d => !d.Relative && d.Date.IsKnown && !NamesDocument(ctx, d)) is { } last)
            {
                anchor = last.Date;
                forward = false;
            }

            narratives.Add(_narrative);

            _citedSoFar |= ctx.Citations.Any(c => c.Outlets.Any(o => o.Date.IsKnown));

            ctx.Mentions = _mentions.Find(ctx, _focus, turnSpeaker);
            NoteIssuer(ctx);

            // Within a turn, what the speaker reports others said is part of the turn, not a statement of its own.
            // A headline summarises what the body reports; its speech is not a record of its own.
            var speech = turnSpeaker is null && block.Kind != BlockKind.Heading ? _speech.Find(ctx) : null;

            // A question put in an interview recalls what others said to ask about it: "X has said … Does that worry you?" is
            // no record, but "Yesterday X said that …" dates a speech of its own.
            if (speech is not null && turn is not null && T[..block.End].TrimEnd().EndsWith('?') && !StatedDate(ctx, speech).IsKnown)
            {
                speech = null;
            }

            // "A met B in Zenda on 6 May, the foreign ministry said": a body closing a report of a meeting is that meeting's
            // source, and says nothing of its own.
            if (speech is { Speaker.IsPerson: false } && TrailingAttribution(ctx, speech) && _meetingFinder.Find(ctx) is not null)
            {
                speech = null;
            }

            if (speech?.Speaker.IsPerson == true)
            {
                _focus = speech.Speaker.Actor;
            }
            // A sentence whose subject is "he" keeps the person it means in focus: "On Monday he met with B. On Tuesday he told…".
            // A new paragraph that opens on another person ("Minister X travelled to Y and met Z. After the meeting he said…")
            // moves the focus to that person even while an earlier paragraph's statement is still open.
            // The subject, not a possessor or the object of a preposition: "After Kessel's death, Vidovic delivered…" is about Vidovic.
            else if (speech is null && (ctx.Mentions.FirstOrDefault(m => m.IsPerson && !(m.Last < ctx.Count && ctx.Tokens[m.Last].Kind == TokenKind.Possessive)
                                                                    && ctx.Lower(m.First - 1) is not ("after" or "of" or "with" or "to" or "by" or "for" or "from" or "about" or "against"))
                                        ?? ctx.Mentions.FirstOrDefault(m => m.IsPerson)) is { } subject
                     && (_open is null || (_open.LastBlock != block.Index && subject.How is not (MentionHow.Pronoun or MentionHow.RoleReference))))
            {
                _focus = subject.Actor;
            }

            // A vague relative date ("last week", "recently") does not move the narrative off the day it was on, and neither does
            // a date inside what someone is reported to have said ("told members that the President had received X on 16 February").
            if (isDateline)
            {
                // A release's dateline: what follows tells that day, not the day the previous release ended on.
                // A log's day heading starts that day's entries whatever was cited before.
                if (_sectionDate.Precision == DatePrecision.Day && (!_citedSoFar || _dayHeading))
                {
                    _narrative = _sectionDate;
                }
            }
            // In a dated story a year or a month is background ("declared independence in 1991"), never the day the story is on.
            else if (ctx.Dates.LastOrDefault(d => d.Date.IsKnown && !Backdrop(ctx, d) && !InReportedSpeech(ctx, d, speech)
                                                  && !((d.Relative || _storyDated || Before(d.Date, _narrative)) && d.Date.Precision < DatePrecision.Day && _narrative.Precision == DatePrecision.Day)) is { } told)
            {
                _narrative = told.Date;
            }
            else if (ctx.Citations.SelectMany(c => c.Outlets).Select(o => o.Date).Where(d => d.IsKnown).DefaultIfEmpty().Min() is { IsKnown: true } cited)
            {
                _narrative = cited;
            }

            // "X spoke to us by telephone on Wednesday 28 December": the day an introduction gives the conversation.
            // ("spoke by telephone with the President" is a call the text reports, not the conversation it transcribes).
            if (_turnDate is null && !_introDate.IsKnown
                && Enumerable.Range(0, ctx.Count).Any(k => ctx.Lower(k) is "interview" or "interviewed" or "conversation" or "recorded"
                                                           || (ctx.Lower(k) is "spoke" or "talked" && ctx.Lower(k + 1) == "to"))
                && ctx.Dates.FirstOrDefault(d => d.Date.Precision == DatePrecision.Day) is { } introduced)
            {
                _introDate = introduced.Date;
            }

            blockDates.Add(blockDate);
            // "since 2015" opens a period rather than telling when something happened.
            if (DuringEarlierMeeting(ctx) is { IsKnown: true } during)
            {
                // "During the call, …": the sentence is about the encounter just told, on its day.
                blockDate = during;
            }
            else if (ctx.Dates.LastOrDefault(d => d.Date.IsKnown && !Backdrop(ctx, d) && !InReportedSpeech(ctx, d, speech)) is { } inBlock)
            {
                blockDate = inBlock.Date;
            }

            contexts.Add(ctx);
            speeches.Add(speech);
        }

        var caption = IsCaption(block, contexts, speeches);
        if (_open is not null && (block.Kind == BlockKind.Heading || caption || speeches.All(s => s is null)))
        {
            Close(_open);
        }

        for (var k = 0; k < contexts.Count; k++)
        {
            var ctx = contexts[k];
            if (caption)
            {
                Caption(ctx);
                continue;
            }

            _blockDate = blockDates[k];
            _narrativeBefore = narratives[k];
            if (turnSpeaker is null)
            {
                Statement(ctx, speeches[k], block);
                Assess(ctx, speeches[k]);
            }

            Meeting(ctx, block);
            _support.AddRange(_supportFinder.Find(ctx, _id, this));
        }

        // Meetings outside a statement wait for a citation only within their own block.
        foreach (var meeting in _awaiting.Where(m => m.AwaitingCitation && m.ReportedIn is null))
        {
            meeting.AwaitingCitation = false;
        }

        _awaiting.RemoveAll(m => !m.AwaitingCitation || (m.ReportedIn is not null && m.ReportedIn.Draft.Closed && m.Block != block.Index));
    }

    /// <summary>
    /// A date that does not tell when the sentence's own event happened: one naming a document ("the Memorandum … of
    /// September 17, 2018"), one in a clause about an earlier or later event ("following the deaths … the previous evening",
    /// "since 2015"), or one in a future clause ("patrols were to begin on March 15").
    /// </summary>
    private bool Backdrop(SentenceContext ctx, DateMention d)
    {
        if (NamesDocument(ctx, d))
        {
            return true;
        }

        // "nearly nine months after the Security Council authorised the Multinational Security Support (MSS) mission in October
        // 2023": a clause of its own may run long before its date.
        // "Kessel's 27 February call": a date owned by someone names an earlier event.
        if (d.First >= 1 && ctx.Tokens[d.First - 1].Kind == TokenKind.Possessive)
        {
            return true;
        }

        for (var k = d.First - 1; k >= 0 && d.First - k <= 18 && !ctx.Tokens[k].IsPunct(',') && !ctx.Tokens[k].IsPunct(';'); k--)
        {
            var w = ctx.Lower(k);
            // "the proposal, announced by Vidovic in a televised address on 19 August": a participle and its agent describe a thing.
            // "A delegation headed by X arrived in Zenda on Sunday" is not such a phrase: a verb of its own comes before the date.
            if (w == "by" && k >= 1 && ctx.Lower(k - 1).EndsWith("ed", StringComparison.Ordinal) && ctx.Lower(k - 2) is not ("was" or "were" or "been" or "is" or "are")
                && !Enumerable.Range(k + 1, Math.Max(0, d.First - k - 1)).Any(v => ctx.MentionAt(v) is null && _extractor.Lexicon.VerbEvent(ctx.Lower(v)) is not null))
            {
                return true;
            }

            // "Regarding the attack on the mission on 2 December, we protested": the date of the topic, not of the protest.
            if (w is "after" or "following" or "followed" or "preceded" or "since" or "signed" or "concluded" or "adopted" or "until" or "before" or "will" or "would" or "shall"
                    or "regarding" or "concerning" or "which"
                || (w == "to" && ctx.Lower(k - 1) is "was" or "were" or "is" or "are" or "due" or "expected" or "scheduled"))
            {
                return true;
            }
        }

        return false;
    }

    // "In the week since Washington announced…": speech told in a clause about an earlier time is not dated by the narrative.
    private static bool EarlierClause(SentenceContext ctx, int first)
    {
        for (var k = first - 1; k >= 0 && !ctx.Tokens[k].IsPunct(','); k--)
        {
            if (ctx.Lower(k) is "since" or "before" or "until")
            {
                return true;
            }
        }

        return false;
    }

    // "the Memorandum on … of September 17, 2018": the date of a titled document, not of an event.
    private static bool NamesDocument(SentenceContext ctx, DateMention d) =>
        !d.Relative && d.First >= 2 && ctx.Lower(d.First - 1) == "of" && ctx.Tokens[d.First - 2].IsCapitalized && d.First - 2 > 0;

    /// <summary>Whether a name is one of a known actor's (so a bracket holding it is not an outlet).</summary>
    private bool IsActorName(string name)
    {
        var parts = NameKey.Parts(name);
        return parts.Count > 0 && _extractor.Gazetteer.Match(parts, 0, parts.Select(p => false).ToList()).Any(m => m.Length == parts.Count);
    }

    /// <summary>The date of the meeting last told, when the sentence opens on it: "During the call", "At the meeting".</summary>
    private PartialDate DuringEarlierMeeting(SentenceContext ctx)
    {
        if (ctx.Lower(0) is not ("during" or "at" or "in") || ctx.Lower(1) is not ("the" or "this" or "that")
            || ctx.Lower(2) is not ("call" or "meeting" or "visit" or "talks" or "conversation") || _meetings.Count == 0)
        {
            return PartialDate.Unknown;
        }

        var last = _meetings[^1];
        return last.StatedDate.IsKnown ? last.StatedDate : PartialDate.Unknown;
    }

    /// <summary>
    /// The date of a dateline block: a short line that gives a full date and little else ("Muscat, 16 April 2023",
    /// "Date: 03/05/2019"); unknown for any other block.
    /// </summary>
    private PartialDate Dateline(Block block)
    {
        if (block.End - block.Start > 60)
        {
            return PartialDate.Unknown;
        }

        var tokens = Tokenizer.Tokenize(T, block.Start, block.End);
        if (tokens.Count(t => t.IsWord) > 6)
        {
            return PartialDate.Unknown;
        }

        // "Updated: 9 August 2025, 09:15 GMT": when a page was last changed, not the day its story tells.
        var words = tokens.Where(t => t.IsWord).Select(t => t.Lower).Take(3).ToList();
        if (words.Contains("updated") || words.Contains("modified") || words.Contains("revised"))
        {
            return PartialDate.Unknown;
        }

        // A digest's item head is often a bullet ("■ OUTLET (City), 3 January 2023"): it is a dateline when the line ends on
        // its full date; any other bullet is an entry of its own.
        if (block.Kind == BlockKind.Bullet && (tokens.Count == 0 || tokens[^1].Kind != TokenKind.Number || tokens[^1].Lower.Length != 4))
        {
            return PartialDate.Unknown;
        }

        var date = DateFinder.FirstFull(tokens);
        if (date.Precision == DatePrecision.Day)
        {
            return date;
        }

        // A log's day heading with no year ("Sun 7 Aug", "Tue 4/3", "Monday 3 March"): the day, in the year the text is in. Only a
        // block that holds nothing else: a weekday at most, and the date.
        var anchor = _sectionDate.IsKnown ? _sectionDate : _documentDate;
        if (block.Kind != BlockKind.Bullet && anchor.IsKnown && tokens.Count(t => t.IsWord || t.Kind == TokenKind.Number) <= 4
            && DateFinder.Find(tokens, 0, tokens.Count, anchor, null) is [{ Date.Precision: DatePrecision.Day, Relative: false } day]
            && tokens.Take(day.First).All(t => t.Kind == TokenKind.Punctuation || DateFinder.IsWeekday(t.Lower)) && day.Last >= tokens.Count - 1)
        {
            _dayHeading = true;
            _sectionIsDayHeading = true;
            return day.Date;
        }

        return PartialDate.Unknown;
    }

    /// <summary>The year or month a heading block names and nothing else ("2023", "March 2023"); unknown for any other block.</summary>
    private PartialDate PeriodHeading(Block block)
    {
        if (block.Kind == BlockKind.Bullet || block.End - block.Start > MaxPeriodHeadingLength)
        {
            return PartialDate.Unknown;
        }

        var tokens = Tokenizer.Tokenize(T, block.Start, block.End);
        if (tokens.Count == 1 && tokens[0].Kind == TokenKind.Number && tokens[0].Lower.Length == 4
            && int.TryParse(tokens[0].Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2200)
        {
            return PartialDate.OfYear(year);
        }

        if (tokens.Count is 2 or 3 && DateFinder.FirstFull(tokens) is { Precision: DatePrecision.Month } month)
        {
            return month;
        }

        return PartialDate.Unknown;
    }

    private List<DateMention> FindDates(SentenceContext ctx, PartialDate anchor, bool forward)
    {
        var dates = new List<DateMention>();
        var from = 0;
        foreach (var citation in ctx.Citations.Append(new CitationMention(ctx.Count, ctx.Count, 0, 0, [])))
        {
            dates.AddRange(DateFinder.Find(ctx.Tokens, from, citation.First, anchor, _warnings, _narrative, forward && _narrative.Precision == DatePrecision.Day,
                _sectionDate.Precision == DatePrecision.Day ? _sectionDate : _documentDate));
            from = citation.Last;
        }

        // "the 9 January Front", "the 2 May Youth Movement": a date that names a body is no date.
        dates.RemoveAll(d => NamesBody(ctx, d.Last));
        return dates;
    }

    /// <summary>"…, the ministry said.": the verb and its speaker close the sentence, after a comma.</summary>
    private static bool TrailingAttribution(SentenceContext ctx, SpeechEvent speech)
    {
        var k = speech.Verb + 1;
        while (k < ctx.Count && ctx.Tokens[k].Kind == TokenKind.Punctuation && !ctx.Tokens[k].IsPunct('('))
        {
            k++;
        }

        var first = speech.Speaker.First;
        var opens = first >= 1 && (ctx.Tokens[first - 1].IsPunct(',') || (ctx.Lower(first - 1) == "the" && first >= 2 && ctx.Tokens[first - 2].IsPunct(',')));
        return opens && (k >= ctx.Count || ctx.InCitation(k));
    }

    private bool IsCaption(Block block, List<SentenceContext> contexts, List<SpeechEvent?> speeches)
    {
        if (block.Kind != BlockKind.Paragraph || contexts.Count == 0 || contexts.Count > 4 || contexts[^1].Closing is null)
        {
            return false;
        }

        var first = contexts[0];
        if (first.Count > 1 && CaptionOpeners.Contains(first.Lower(0)) && first.Tokens[1].IsPunct(':'))
        {
            return true;
        }

        // A chronology's entry opens on its date ("Jul. 26 - X meets Y"); a caption does not.
        if (first.Dates.Any(d => d.First <= 1))
        {
            return false;
        }

        return speeches.All(s => s is null) && contexts.Any(c => c.Tokens.Any(t => t.Lower is "interviewed" or "pictured" or "shown" or "photographed" or "meets" or "meet"))
               || (speeches.All(s => s is null) && contexts.Count == 1 && !contexts[0].Tokens.Any(t => t.Lower is "met" or "visited" or "arrived"));
    }

    private void Statement(SentenceContext ctx, SpeechEvent? speech, Block block)
    {
        if (speech is not null)
        {
            var speaker = speech.Speaker.Actor;

            // The same speaker again, on a day of its own ("Pak said on 2 July that…" after "…on 1 July"), is another speech.
            var otherDay = _open is not null && StatedDate(ctx, speech) is { IsKnown: true } stated && _open.StatedDate.IsKnown && stated != _open.StatedDate;
            if (_open is not null && !_open.Closed && SameSpeaker(_open.Speaker, speaker) && !otherDay)
            {
                _open.End = ctx.Sentence.End;
                _open.ContentEnd = ctx.Sentence.End;
                _open.LastBlock = block.Index;
            }
            else
            {
                Close(_open);
                var contentStart = speech.ContentStart < ctx.Count ? ctx.Tokens[speech.ContentStart].Start : ctx.Sentence.End;
                var start = ctx.Sentence.Start;
                if (speech.Speaker.How is MentionHow.Pronoun or MentionHow.RoleReference)
                {
                    // The record reaches back to where its speaker was named, so its span always shows who spoke: the antecedent
                    // when it is close, else the first time the text named them.
                    start = speech.Speaker.AntecedentStart < start && start - speech.Speaker.AntecedentStart < 5000 ? speech.Speaker.AntecedentStart
                        : speaker.FirstStart >= 0 && speaker.FirstStart < start ? speaker.FirstStart : start;
                }

                _open = new StatementDraft(speaker, start, contentStart, block.Index)
                {
                    End = ctx.Sentence.End,
                    ContentEnd = speech.ContentEnd is { } quoteEnd ? ctx.Tokens[quoteEnd - 1].End : ctx.Sentence.End,
                    Role = speaker.Role,
                    Organization = speaker.Kind == ActorKind.Person ? speaker.Affiliation : speaker.PartOf,
                };
                _open.StatedDate = StatedDate(ctx, speech);
                // A present tense ("the government denies…") states a standing position, which the paragraph's date does not date;
                // but a log entry opening on its date ("2023-07-19 21:05 UTC — X says…") tells that day's words in the present.
                var verb = ctx.Lower(speech.Verb);
                _open.ContextDate = EntryDate(block) is { IsKnown: true } entry ? (_blockDate.IsKnown ? _blockDate : entry)
                    : verb.EndsWith('s') && verb != "was" ? PartialDate.Unknown : _blockDate;
                _open.NarrativeDate = (verb.EndsWith('s') && verb != "was") || _citedSoFar || _narrativeBefore.Precision != DatePrecision.Day
                                      || EarlierClause(ctx, Math.Min(speech.Speaker.First, speech.Verb))
                    ? PartialDate.Unknown
                    : _storyDated && !_sectionDate.IsKnown ? _documentDate : _narrativeBefore;

                // Under a day's heading ("## Monday 3 March", "Sun 7 Aug") an undated entry is of that day, whatever earlier day an
                // entry before it mentioned in passing.
                if (_dayHeading || (_sectionDate.Precision == DatePrecision.Day && _sectionIsDayHeading))
                {
                    _open.NarrativeDate = _sectionDate;
                }

                _statements.Add(_open);
            }
        }
        else if (_open is not null && !_open.Closed && _open.LastBlock == block.Index)
        {
            _open.End = ctx.Sentence.End;
            _open.ContentEnd = ctx.Sentence.End;
        }

        if (_open is not null && !_open.Closed && _open.LastBlock == block.Index)
        {
            // "told Reuters", "in an interview with Al-Mayadeen": an outlet named in the text is the record's source too.
            foreach (var (outlet, start, end) in InTextOutletFinder.Find(ctx, _extractor.Lexicon))
            {
                if (!_open.Citations.Any(c => string.Equals(c.Outlet.Outlet, outlet.Outlet, StringComparison.Ordinal)))
                {
                    _open.Citations.Add((outlet, start, end));
                }
            }
        }

        if (_open is not null && !_open.Closed && _open.LastBlock == block.Index && ctx.Citations.Count > 0)
        {
            foreach (var citation in ctx.Citations)
            {
                foreach (var outlet in citation.Outlets)
                {
                    _open.Citations.Add((outlet, citation.Start, citation.End));
                }
            }

            _open.ContentEnd = Math.Min(_open.ContentEnd, ctx.Citations[0].Start);
            foreach (var meeting in _awaiting.Where(m => m.AwaitingCitation && m.ReportedIn?.Draft == _open))
            {
                AddCitations(meeting, ctx);
                meeting.AwaitingCitation = false;
            }

            Close(_open);
        }
    }

    /// <summary>
    /// The date of a transcript's speech: the day its introduction tells ("spoke to us by telephone on Wednesday 28 December"),
    /// which precedes the first turn; else the document's date.
    /// </summary>
    private PartialDate TurnDate()
    {
        if (_turnDate is null)
        {
            _turnDate = _introDate.Precision == DatePrecision.Day ? _introDate : _documentDate;
        }

        return _turnDate.Value;
    }

    private void Turn(DocActor speaker, Block block, int contentStart)
    {
        if (!_turns.TryGetValue(speaker.Id, out var draft))
        {
            draft = new StatementDraft(speaker, block.Start, contentStart, block.Index)
            {
                Role = speaker.Role,
                Organization = speaker.Kind == ActorKind.Person ? speaker.Affiliation : speaker.PartOf,
                StatedDate = TurnDate(),
                Closed = true,
            };
            _turns[speaker.Id] = draft;
            _statements.Add(draft);
        }

        draft.End = block.End;
        draft.ContentEnd = block.End;
    }

    /// <summary>
    /// The date the sentence gives for the speech: right after the verb ("said on Wednesday that", "said in 2012 that"),
    /// else before it ("On Monday, X announced"), unless that date belongs to a clause of its own ("After X entered Y on D, Z said").
    /// </summary>
    private static PartialDate StatedDate(SentenceContext ctx, SpeechEvent speech)
    {
        // "told the National Assembly on Monday that", "said in a video message released on Thursday that": the audience or
        // the medium may stand between the verb and its date, as long as the reported clause has not begun.
        var after = ctx.Dates.FirstOrDefault(d => d.Date.IsKnown && d.First > speech.Verb && d.First <= speech.Verb + MaxVerbToDate
                                                  && !Enumerable.Range(speech.Verb + 1, d.First - speech.Verb - 1).Any(k => ctx.Lower(k) is "that" or "," or "\"" or "to" or "and" or "when" or "after" or "before"));
        if (after is not null)
        {
            return after.Date;
        }

        // "…, in an interview with the agency published on Sunday": the speech is dated by the medium that carried it.
        var carried = ctx.Dates.FirstOrDefault(d => d.Date.IsKnown && d.First > speech.Verb
                                                    && (Carried(ctx.Lower(d.First - 1)) || (ctx.Lower(d.First - 1) is "on" or "in" && Carried(ctx.Lower(d.First - 2)))));
        if (carried is not null)
        {
            return carried.Date;
        }

        // "…, the Kremlin said": what stands before the trailing attribution is the speech, and its dates are the speech's own.
        var trailing = speech.Speaker.First > 0 && (ctx.Tokens[speech.Speaker.First - 1].IsPunct(',')
                                                    || (ctx.Lower(speech.Speaker.First - 1) == "the" && speech.Speaker.First > 1 && ctx.Tokens[speech.Speaker.First - 2].IsPunct(',')))
                       && speech.Verb > speech.Speaker.First && speech.Verb + 2 >= ctx.Count;
        var before = trailing ? null : ctx.Dates.Where(d => d.Last <= speech.Verb && d.Date.IsKnown).LastOrDefault();
        if (before is null)
        {
            return PartialDate.Unknown;
        }

        for (var k = before.First - 1; k >= 0 && !ctx.Tokens[k].IsPunct(','); k--)
        {
            if (ctx.Lower(k) is "after" or "before" or "since" or "following" or "until" or "when" or "once" or "while")
            {
                return PartialDate.Unknown;
            }
        }

        return before.Date;
    }

    /// <summary>
    /// Whether a date stands inside reported speech: after a verb of speech and the "that" opening what was said
    /// ("told members that President X had received the envoy on 16 February"). Such a date tells what the speech was about,
    /// not when the text's story is.
    /// </summary>
    private bool InReportedSpeech(SentenceContext ctx, DateMention d, SpeechEvent? speech)
    {
        // "Kessel said the junta had detained the president on 26 July": after the sentence's verb of speech, a date that is not
        // the speech's own tells what was said.
        if (speech is not null && d.First > speech.Verb && !(d.First <= speech.Verb + MaxVerbToDate && StatedDate(ctx, speech) == d.Date))
        {
            return true;
        }

        // "X had spoken with Y on Saturday": the past perfect tells an earlier time than the story's own.
        var from = d.First;
        while (ctx.Dates.FirstOrDefault(e => e.Last == from - 1 && from >= 1 && ctx.Tokens[from - 1].IsPunct(',')) is { } joined)
        {
            // "on Saturday, 17 February": read back from the first part of the date.
            from = joined.First;
        }

        for (var k = from - 1; k >= 0 && from - k <= 10 && ctx.Tokens[k].Kind != TokenKind.Punctuation; k--)
        {
            if (ctx.Lower(k) == "had")
            {
                return true;
            }
        }

        for (var k = 0; k < d.First; k++)
        {
            if (_extractor.Lexicon.VerbEvent(ctx.Lower(k)) != "speech")
            {
                continue;
            }

            for (var t = k + 1; t < d.First && t - k <= MaxVerbToDate + 1; t++)
            {
                if (ctx.Lower(t) == "that")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool NamesBody(SentenceContext ctx, int after)
    {
        for (var k = after; k < ctx.Count && k - after < 3 && ctx.Tokens[k].IsWord && ctx.Tokens[k].IsCapitalized; k++)
        {
            if (_extractor.Lexicon.InstitutionWords.Contains(ctx.Lower(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Carried(string lower) => lower is "published" or "broadcast" or "aired" or "released" or "posted";

    private bool SameSpeaker(DocActor a, DocActor b)
    {
        if (a.Id == b.Id)
        {
            return true;
        }

        // A body and its part speak as one record: "the movement's political bureau said… the movement also stressed…".
        return IsPart(a, b) || IsPart(b, a);

        static bool IsPart(DocActor part, DocActor whole)
        {
            for (var (current, hops) = (part.PartOf, 0); current is not null && hops < 8; current = current.PartOf, hops++)
            {
                if (current.Id == whole.Id)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private void Close(StatementDraft? draft)
    {
        if (draft is not null)
        {
            draft.Closed = true;
        }

        if (ReferenceEquals(draft, _open))
        {
            _open = null;
        }
    }

    private void Meeting(SentenceContext ctx, Block block)
    {
        // A title above the body ("Minister X receives the Envoy of Y") sums up the meeting the body reports, with fewer names.
        var title = !_bodyStarted && block.Kind != BlockKind.Bullet && !".!?\"\u201d)".Contains(T[block.End - 1], StringComparison.Ordinal);
        var found = title ? null : PairNamed(_meetingFinder.Find(ctx), ctx);

        // "During the same visit he also met B": the visit told last, or the encounter of the same visitor just told.
        var earlier = found is { DuringEarlierVisit: true }
            ? (_lastVisit is not null && block.Index - _lastVisit.Block <= 2 ? _lastVisit
                : _lastMeeting is not null && block.Index - _lastMeeting.Block <= 2 && _lastMeeting.Shares(found!.SideA) ? _lastMeeting : null)
            : found is { Reference: false } && SameVisit(found, ctx, block) ? _lastMeeting : null;
        if (found is not null && !found.Reference)
        {
            if (earlier is not null)
            {
                if (found.SideB.Count > 0)
                {
                    // Named counterparts replace the host state that stood for them.
                    earlier.SideB.RemoveAll(p => p.Actor?.Kind == ActorKind.State);
                }

                AddParticipants(earlier.SideB, found.SideB);
                AddCitations(earlier, ctx);
                earlier.End = Math.Max(earlier.End, ctx.Sentence.End);
            }
            else if (!found.DuringEarlierVisit || found.SideA.Any(p => p.Actor is not null))
            {
                // "Met separately with A and with B": one encounter with each counterpart. "Received the two leaders separately": one
                // with each visitor.
                var byVisitor = found.Separately && found.SideB.Count <= 1 && found.SideA.Count > 1;
                var encounters = byVisitor ? found.SideA.Select(v => (Visitors: new List<Participant> { v }, Counterparts: found.SideB))
                    : found.Separately ? found.SideB.Select(p => (Visitors: found.SideA, Counterparts: new List<Participant> { p }))
                    : [(found.SideA, found.SideB)];
                foreach (var (visitors, counterparts) in encounters)
                {
                    var draft = new MeetingDraft(found.Kind, MeetingStart(ctx, visitors.Concat(counterparts)), ctx.Sentence.End, block.Index, found.Rule)
                    {
                        Location = found.Location,
                        StatedDate = found.Separately ? DateAfterParticipant(ctx, found.Trigger, counterparts) ?? NearestDate(ctx, found.Trigger) : NearestDate(ctx, found.Trigger),
                        // In an interview's answer, a meeting told without a day is of the day the question just gave ("President X was
                        // in P on Saturday. What did he tell you?" - "I received him at the airport…"), not of the broadcast.
                        ContextDate = _blockDate.IsKnown ? _blockDate
                            : _inTurn && _narrativeBefore.Precision == DatePrecision.Day && !_citedSoFar ? _narrativeBefore
                            : _sectionDate.Precision == DatePrecision.Day ? _sectionDate
                            : !_citedSoFar && _narrativeBefore.Precision == DatePrecision.Day ? _narrativeBefore : PartialDate.Unknown,
                        EntryDate = _blockDate.Precision == DatePrecision.Day && EntryHeadDate(block, ctx) ? _blockDate : PartialDate.Unknown,
                        ReportedIn = _open is not null && !_open.Closed && _open.LastBlock == block.Index ? new StatementDraftRef(_open) : null,
                    };
                    // Nobody meets themselves: a counterpart found again as the subject ("EAM held talks with X", EAM unknown) is only a counterpart.
                    AddParticipants(draft.SideA, visitors.Where(v => v.Actor is null || !counterparts.Any(c => c.Actor?.Id == v.Actor.Id)));
                    AddParticipants(draft.SideB, counterparts);
                    _meetings.Add(draft);
                    _awaiting.Add(draft);
                    _lastMeeting = draft;
                    if (draft.Kind == MeetingKind.Visit)
                    {
                        _lastVisit = draft;
                    }
                }
            }
        }
        else if (_lastMeeting is not null && _lastMeeting.Block == block.Index)
        {
            Continuation(ctx, _lastMeeting);
        }

        if (ctx.Citations.Count > 0)
        {
            foreach (var meeting in _awaiting.Where(m => m.AwaitingCitation && m.Block == block.Index && (m.ReportedIn is null || m.ReportedIn.Draft.Closed)))
            {
                AddCitations(meeting, ctx);
                meeting.AwaitingCitation = false;
                meeting.End = Math.Max(meeting.End, ctx.Sentence.End);
            }
        }
    }

    /// <summary>
    /// "A arrived in P on D. A met with B and with C": the same visitor meeting others on the same day, right after a visit
    /// or a reception, is one visit with several counterparts (rule 4). Calls are never merged.
    /// </summary>
    private bool SameVisit(MeetingEvent found, SentenceContext ctx, Block block)
    {
        var last = _lastMeeting;
        if (last is null || found.Kind is MeetingKind.PhoneCall or MeetingKind.Ceremony || last.Kind is MeetingKind.PhoneCall or MeetingKind.Ceremony
            || block.Index - last.Block > 2 || found.SideB.Count == 0 || !last.SideA.Any(p => p.Actor is not null)
            || !found.SideA.All(p => p.Actor is not null && last.SideA.Any(q => q.Actor?.Id == p.Actor.Id)))
        {
            return false;
        }

        // "Before the visit A met in Lebanon with B": another time or another place is another encounter.
        if ((found.Location is not null && last.Location is not null && found.Location != last.Location)
            || Enumerable.Range(0, found.Trigger).Any(k => ctx.Lower(k) is "before" or "after" or "prior"))
        {
            return false;
        }

        var date = NearestDate(ctx, found.Trigger);
        return date.IsKnown
            ? date.Precision == DatePrecision.Day && date == last.StatedDate
            : last.Kind == MeetingKind.Visit && last.StatedDate.Precision == DatePrecision.Day && last.Block == block.Index;
    }

    /// <summary>"It was headed by X", "Other participants were A and B": people added to the visit just told.</summary>
    private static void Continuation(SentenceContext ctx, MeetingDraft meeting)
    {
        for (var k = 0; k + 1 < ctx.Count; k++)
        {
            var lower = ctx.Lower(k);
            var next = ctx.Lower(k + 1);
            var headed = lower is "headed" or "led" && next == "by";
            var joined = (lower == "participants" && next is "were" or "included") || (lower is "accompanied" or "joined" && next == "by");
            if (!headed && !joined)
            {
                continue;
            }

            var people = ctx.Mentions.Where(m => m.IsPerson && m.First > k + 1 && m.How != MentionHow.Pronoun).Select(m => new Participant(m.Actor, null)).ToList();
            if (people.Count == 0)
            {
                return;
            }

            if (headed)
            {
                meeting.SideA.RemoveAll(p => p.Actor is null);
                AddParticipants(meeting.SideA, people.Take(1));
                people = people.Skip(1).ToList();
            }

            AddParticipants(meeting.SideA, people);
            meeting.End = Math.Max(meeting.End, ctx.Sentence.End);
            return;
        }
    }

    private void Caption(SentenceContext ctx)
    {
        var citation = ctx.Closing ?? ctx.Citations.LastOrDefault();
        var found = _meetingFinder.Find(ctx);
        if (found is not null)
        {
            var recent = _meetings.Skip(Math.Max(0, _meetings.Count - RecentWindow)).ToList();
            var existing = recent.LastOrDefault(m => m.Shares(found.SideB.Concat(found.SideA)))
                           ?? (found.Reference && found.Location is not null ? recent.LastOrDefault(m => m.Location == found.Location) : null);
            if (existing is not null)
            {
                AddCitations(existing, ctx);
            }
            else if (!found.Reference && found.SideB.Count > 0)
            {
                var draft = new MeetingDraft(found.Kind, ctx.Sentence.Start, ctx.Sentence.End, ctx.Sentence.Block.Index, Rules.MeetingCaption)
                {
                    Location = found.Location,
                    StatedDate = NearestDate(ctx, found.Trigger),
                };
                AddParticipants(draft.SideA, found.SideA);
                AddParticipants(draft.SideB, found.SideB);
                _meetings.Add(draft);
                _awaiting.Add(draft);
            }
        }

        if (citation is not null)
        {
            foreach (var meeting in _awaiting.Where(m => m.AwaitingCitation && m.Block == ctx.Sentence.Block.Index))
            {
                AddCitations(meeting, ctx);
                meeting.AwaitingCitation = false;
            }
        }

        // "X interviewed by <outlet> (<citation>)": the interview already reported adds the caption's outlet.
        if (citation is not null && ctx.Tokens.Any(t => t.Lower == "interviewed"))
        {
            var speakers = ctx.Mentions.Where(m => m.IsPerson).Select(m => m.Actor.Id).ToHashSet(StringComparer.Ordinal);
            var words = ctx.Tokens.Where((t, i) => !ctx.InCitation(i) && t.IsWord).SelectMany(t => t.Lower.Split('-')).ToHashSet(StringComparer.Ordinal);
            var statement = _statements.Skip(Math.Max(0, _statements.Count - RecentWindow)).LastOrDefault(st => speakers.Contains(st.Speaker.Id)
                && st.Citations.Any(c => c.Outlet.Outlet.ToLowerInvariant().Split(' ', '-').Where(w => w.Length > 2).All(words.Contains)));
            if (statement is not null)
            {
                foreach (var outlet in citation.Outlets)
                {
                    statement.Citations.Add((outlet, citation.Start, citation.End));
                }
            }
        }
    }

    private static void AddCitations(MeetingDraft meeting, SentenceContext ctx)
    {
        foreach (var citation in ctx.Citations)
        {
            foreach (var outlet in citation.Outlets)
            {
                if (!meeting.Citations.Any(c => c.Outlet == outlet))
                {
                    meeting.Citations.Add((outlet, citation.Start, citation.End));
                }
            }
        }
    }

    private static void AddParticipants(List<Participant> side, IEnumerable<Participant> more)
    {
        foreach (var p in more)
        {
            if (!side.Any(q => (q.Actor is not null && q.Actor.Id == p.Actor?.Id) || (q.Actor is null && p.Actor is null && q.Description == p.Description)))
            {
                side.Add(p);
            }
        }
    }

    /// <summary>
    /// "received the two leaders separately", "the two ministers were received together by X": a pair described, not named, is
    /// the last two people the text named before this sentence (other than those on the other side). Separately, one encounter each.
    /// </summary>
    private MeetingEvent? PairNamed(MeetingEvent? found, SentenceContext ctx)
    {
        if (found is null)
        {
            return null;
        }

        var a = ExpandPair(found.SideA, found.SideB, ctx, out var separateA);
        var b = ExpandPair(found.SideB, a, ctx, out var separateB);
        return a == found.SideA && b == found.SideB ? found : found with { SideA = a, SideB = b, Separately = found.Separately || separateA || separateB };
    }

    private List<Participant> ExpandPair(List<Participant> side, List<Participant> other, SentenceContext ctx, out bool separately)
    {
        separately = false;
        if (side.Count != 1 || side[0].Actor is not null || side[0].Description is not { } description || MeetingFinder.PairPattern().Match(description.ToLowerInvariant()) is not { Success: true } m)
        {
            return side;
        }

        var exclude = other.Where(p => p.Actor is not null).Select(p => p.Actor!.Id).ToHashSet(StringComparer.Ordinal);
        // Named before the sentence; "last" by the latest mention, which may already be later in the same paragraph.
        var pair = _actors.All.Where(x => x.Kind == ActorKind.Person && x.FirstStart >= 0 && x.FirstStart < ctx.Sentence.Start && !exclude.Contains(x.Id))
            .OrderByDescending(x => x.LastStart).Take(2).ToList();
        if (pair.Count < 2)
        {
            return side;
        }

        separately = m.Groups["sep"].Success;
        return pair.OrderBy(x => x.LastStart).Select(x => new Participant(x, null)).ToList();
    }


    /// <summary>
    /// "ROSEMARY DICARLO, Under-Secretary-General for Political Affairs, said …": meeting coverage opens a speaker's paragraph on
    /// the name in capitals, a comma and the office. The name is a person's, written as names are.
    /// </summary>
    private void CapitalisedSpeaker(Block block)
    {
        if (block.Kind != BlockKind.Paragraph || CapitalisedOpening().Match(T, block.Start, Math.Min(120, block.End - block.Start)) is not { Success: true } m)
        {
            return;
        }

        var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => IsTitleWord(w.ToLowerInvariant()) || _extractor.Lexicon.InstitutionWords.Contains(w.ToLowerInvariant())
                           || _extractor.Gazetteer.Match([NameKey.Fold(w.ToLowerInvariant())], 0, [true], [w.ToLowerInvariant()]).Any(g => g.Entry.Kind != ActorKind.Person)))
        {
            return;
        }

        var name = string.Join(' ', words.Select(w => w.Length < 2 ? w : w[0] + w[1..].ToLowerInvariant()));
        var person = _actors.ExactPerson(NameKey.Parts(name)) ?? _actors.Discovered(name, ActorKind.Person);
        person.Saw(name, block.Start);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?<name>[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){1,3}),\s+(?:the\s+|an?\s+)?[A-Z]")]
    private static partial System.Text.RegularExpressions.Regex CapitalisedOpening();

    /// <summary>
    /// Whether a month or a year lies wholly before the day the text is on: "the agreements reached in October 2023" read on 18
    /// June 2024 recalls the past and leaves the story on its day.
    /// </summary>
    private static bool Before(PartialDate period, PartialDate day) =>
        period.IsKnown && day.IsKnown
        && (period.Precision == DatePrecision.Year ? period.Year < day.Year : period.Year * 12 + period.Month < day.Year * 12 + day.Month);

    /// <summary>"with A on Saturday and with B on Monday": the day right after a counterpart's name, if the text gives one there.</summary>
    private static PartialDate? DateAfterParticipant(SentenceContext ctx, int trigger, List<Participant> counterparts)
    {
        var actor = counterparts.Count == 1 ? counterparts[0].Actor : null;
        var mention = actor is null ? null : ctx.Mentions.FirstOrDefault(m => m.First > trigger && m.Actor == actor);
        return mention is null ? null
            : ctx.Dates.FirstOrDefault(d => d.Date.IsKnown && d.First >= mention.Last && d.First <= mention.Last + 3)?.Date;
    }

    /// <summary>
    /// Where a meeting's record starts: its sentence, or, when the sentence names no participant but by "he" or "the minister",
    /// back where that participant was named, so that the span always shows who met.
    /// </summary>
    private static int MeetingStart(SentenceContext ctx, IEnumerable<Participant> participants)
    {
        var start = ctx.Sentence.Start;
        var ids = participants.Where(p => p.Actor is not null).Select(p => p.Actor!.Id).ToHashSet(StringComparer.Ordinal);
        if (ctx.Mentions.Any(m => ids.Contains(m.Actor.Id) && m.How is not (MentionHow.Pronoun or MentionHow.RoleReference)))
        {
            return start;
        }

        var back = ctx.Mentions.Where(m => ids.Contains(m.Actor.Id) && m.AntecedentStart < start && start - m.AntecedentStart < 5000)
            .Select(m => m.AntecedentStart).DefaultIfEmpty(start).Min();

        // Named long before: back to the first time the text named one of them.
        return back < start ? back
            : participants.Where(p => p.Actor is { FirstStart: >= 0 } a && a.FirstStart < start).Select(p => p.Actor!.FirstStart).DefaultIfEmpty(start).Max();
    }

    /// <summary>The full day a block opens on, as a log or chronology entry does ("2023-07-19 21:05 UTC — …"); else unknown.</summary>
    private PartialDate EntryDate(Block block) =>
        HeadDate(block) is { Relative: false, Date.Precision: DatePrecision.Day } head ? head.Date : PartialDate.Unknown;

    /// <summary>
    /// Whether the block opens on the date its entry is of ("1 June - Zenda. X meets Y…", "Mar. 3 - …"): a chronology's entry
    /// head, which dates what the entry tells ahead of the citation closing it.
    /// </summary>
    private bool EntryHeadDate(Block block, SentenceContext ctx) =>
        ctx.Sentence.Start > block.Start && HeadDate(block) is { } head && head.Date == _blockDate;

    /// <summary>The date mention a block opens on, if it opens on one.</summary>
    private DateMention? HeadDate(Block block)
    {
        var head = Tokenizer.Tokenize(T, block.Start, Math.Min(block.End, block.Start + 40));
        // "| 4 Feb 2024 | …": a table row's bar opens the row, not its text.
        return FindDatesIn(head) is { Count: > 0 } dates && head.Take(dates[0].First).All(t => t.Kind == TokenKind.Punctuation) ? dates[0] : null;
    }

    private List<DateMention> FindDatesIn(List<Token> tokens) =>
        DateFinder.Find(tokens, 0, tokens.Count, _sectionDate.IsKnown ? _sectionDate : _documentDate, null, _narrative, false);

    // "meet Vidovic and then Kessel, after clashes in Strelsau on 29 May": a date in a clause of its own dates that clause, not the meeting.
    private PartialDate NearestDate(SentenceContext ctx, int trigger) =>
        ctx.Dates.Where(d => d.Date.IsKnown && !(d.First > trigger && Backdrop(ctx, d)))
            .OrderBy(d => Math.Min(Math.Abs(d.First - trigger), Math.Abs(d.Last - trigger))).Select(d => d.Date).FirstOrDefault();

    private void Assess(SentenceContext ctx, SpeechEvent? speech)
    {
        if (speech is not null || (_open is not null && !_open.Closed))
        {
            return;
        }

        var lower = T[ctx.Sentence.Start..ctx.Sentence.End].ToLowerInvariant();
        foreach (var (expression, band) in _extractor.Lexicon.Estimative)
        {
            var at = IndexOfWords(lower, expression);
            if (at >= 0)
            {
                _assessments.Add(new Assessment(
                    T.Substring(ctx.Sentence.Start + at, expression.Length),
                    band,
                    Provenance(ctx.Sentence.Start, ctx.Sentence.End, Rules.Assessment)));
                return;
            }
        }
    }

    private static int IndexOfWords(string haystack, string needle)
    {
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetter(haystack[at - 1]);
            var after = at + needle.Length >= haystack.Length || !char.IsLetter(haystack[at + needle.Length]);
            if (before && after)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Provenance for a range of the normalised text, mapped back to the original text.</summary>
    public Provenance Provenance(int start, int end, RuleRef rule)
    {
        var (s, e) = _text.ToOriginal(start, end);
        return new Provenance(new Span(_id, s, e), rule);
    }

    private ExtractionResult Build()
    {
        foreach (var draft in _statements)
        {
            AddBlockSources(draft.Citations, draft.FirstBlock);
        }

        foreach (var draft in _meetings)
        {
            AddBlockSources(draft.Citations, draft.Block);
        }

        var built = _statements.Select(d => (Draft: d, Statement: BuildStatement(d))).ToList();

        // A wire story's lead sums up a speech its body then reports ("X pledged on Wednesday…" … "X told reporters…"): one
        // speech, one record, the body's.
        var statements = built.Where(b => !(_leadBlock >= 0 && b.Draft.FirstBlock == _leadBlock && b.Statement.Date.Precision == DatePrecision.Day
                                            && built.Any(o => o.Draft.FirstBlock > _leadBlock && o.Draft.Speaker.Id == b.Draft.Speaker.Id && o.Statement.Date == b.Statement.Date)))
            .Select(b => b.Statement).ToList();

        // One speaker, one day, no outlet of its own: what the text tells again of someone's speech that day ("Kessel said … Kessel
        // replied … She added …" through a hearing) is the same speech event, one record, the first, with the others' citations.
        var kept = new List<Statement>(statements.Count);
        var firstOfDay = new Dictionary<(string, PartialDate), int>();
        foreach (var statement in statements)
        {
            // Within one stretch of text (a hearing, a story): a long compilation may quote one person on one day many times over.
            var key = (statement.Speaker.Id?.Value ?? statement.Speaker.Name, statement.Date);
            if (statement.Date.Precision == DatePrecision.Day && firstOfDay.TryGetValue(key, out var first)
                && statement.Provenance.Span.Start - kept[first].Provenance.Span.Start <= SameEventReach
                && statement.Citations.All(c => kept[first].Citations.Any(k => k.Source == c.Source)))
            {
                continue;
            }

            if (statement.Date.Precision == DatePrecision.Day)
            {
                // The record that further remarks of that day, nearby, join: the latest one kept.
                firstOfDay[key] = kept.Count;
            }

            kept.Add(statement);
        }

        statements = kept;
        var meetings = OneRecordPerVisit(_meetings.Select(d => (Draft: d, Meeting: BuildMeeting(d))).ToList());
        var actors = _actors.All.Where(a => a.FirstStart >= 0).OrderBy(a => a.FirstStart).Select(a => new ExtractedActor(
            a.ToRef(), a.Kind, a.AliasesInText.ToList(), (a.Kind == ActorKind.Person ? a.Affiliation : a.PartOf)?.ToRef(), a.Role,
            Provenance(a.FirstStart, a.FirstStart + 1, Rules.Actor))).ToList();
        return new ExtractionResult(_id, _documentDate, _text.Original, actors, statements, meetings, _support, _assessments, _warnings);
    }

    private Statement BuildStatement(StatementDraft d)
    {
        var citations = d.Citations.Select(c => new Citation(c.Outlet.Outlet, c.Outlet.Date, Provenance(c.Start, c.End, Rules.Citation))).ToList();
        var date = d.StatedDate.IsKnown
            ? d.StatedDate
            : d.Citations.Any(c => c.Outlet.Date.IsKnown) ? d.Citations.Where(c => c.Outlet.Date.IsKnown).Select(c => c.Outlet.Date).Min()
            : d.ContextDate.IsKnown ? d.ContextDate : d.NarrativeDate;
        var contentEnd = Math.Max(d.ContentStart, d.ContentEnd);
        var content = Provenance(d.ContentStart, contentEnd, Rules.StatementReported).Span;
        var topics = Topics(T[d.ContentStart..contentEnd]);
        return new Statement(d.Speaker.ToRef(), d.Role, d.Organization?.ToRef(), content, date, citations, topics,
            Provenance(d.Start, Math.Max(d.End, contentEnd), Rules.StatementReported));
    }

    private List<string> Topics(string content)
    {
        var lower = content.ToLowerInvariant();
        return _extractor.Lexicon.Topics.Where(t => lower.Contains(t.Stem, StringComparison.Ordinal)).Select(t => t.Topic).Distinct().ToList();
    }

    /// <summary>
    /// One visit, one record: "During a third visit, in January 2024, … They met X on January 23", or "Y visited P on 22 August …
    /// Y was received by X", told in one paragraph or the next, are one encounter: the same visitor, the same day (or a month
    /// and a day in it), a visit or a meeting. The record keeps the first span's start, the most precise date and all the names.
    /// </summary>
    private List<Meeting> OneRecordPerVisit(List<(MeetingDraft Draft, Meeting Meeting)> built)
    {
        var kept = new List<(MeetingDraft Draft, Meeting Meeting)>(built.Count);
        foreach (var item in built)
        {
            // Only the records of this paragraph and the one before can be the same visit: a bounded look-back keeps this linear.
            var index = -1;
            for (var k = kept.Count - 1; k >= 0 && item.Draft.Block - kept[k].Draft.Block <= 1; k--)
            {
                if (item.Draft.Block >= kept[k].Draft.Block && SameVisit(kept[k].Meeting, item.Meeting))
                {
                    index = k;
                    break;
                }
            }

            if (index < 0)
            {
                kept.Add(item);
                continue;
            }

            var (draft, first) = kept[index];
            var date = item.Meeting.Date.Precision > first.Date.Precision ? item.Meeting.Date : first.Date;
            var sideA = first.SideA.Concat(item.Meeting.SideA).DistinctBy(Key).ToList();
            var sideB = first.SideB.Concat(item.Meeting.SideB).Where(p => !sideA.Any(a => Key(a) == Key(p))).DistinctBy(Key).ToList();
            var span = new Span(_id, first.Provenance.Span.Start, Math.Max(first.Provenance.Span.End, item.Meeting.Provenance.Span.End));
            kept[index] = (draft, first with
            {
                Kind = first.Kind == MeetingKind.Visit || item.Meeting.Kind == MeetingKind.Visit ? MeetingKind.Visit : first.Kind,
                Date = date,
                Location = first.Location ?? item.Meeting.Location,
                SideA = sideA,
                SideB = sideB,
                Citations = first.Citations.Concat(item.Meeting.Citations).DistinctBy(c => (c.Source, c.Date)).ToList(),
                Provenance = first.Provenance with { Span = span },
            });
        }

        return kept.Select(k => k.Meeting).ToList();

        static string Key(ActorRef a) => a.Id?.Value ?? a.Name;
    }

    private static bool SameVisit(Meeting a, Meeting b)
    {
        if (a.Kind is not (MeetingKind.Visit or MeetingKind.Meeting) || b.Kind is not (MeetingKind.Visit or MeetingKind.Meeting)
            || !a.Date.IsKnown || !b.Date.IsKnown || (a.Kind == MeetingKind.Meeting && b.Kind == MeetingKind.Meeting))
        {
            return false;
        }

        var sameDay = a.Date == b.Date;
        var dayInMonth = (a.Date.Precision, b.Date.Precision) is (DatePrecision.Month, DatePrecision.Day) or (DatePrecision.Day, DatePrecision.Month)
                         && a.Date.Year == b.Date.Year && a.Date.Month == b.Date.Month;
        // Another place is another encounter ("visited the capital … and met the movement's leader across the border the same day").
        var samePlace = a.Location is null || b.Location is null || string.Equals(a.Location, b.Location, StringComparison.OrdinalIgnoreCase);
        return (sameDay || dayInMonth) && samePlace
               && a.SideA.Any(x => x.Id is not null && b.SideA.Any(y => y.Id == x.Id));
    }

    private Meeting BuildMeeting(MeetingDraft d)
    {
        var citations = d.Citations.Select(c => new Citation(c.Outlet.Outlet, c.Outlet.Date, Provenance(c.Start, c.End, Rules.Citation))).ToList();
        var date = d.StatedDate.IsKnown
            ? d.StatedDate
            : d.EntryDate.IsKnown ? d.EntryDate
            : d.Citations.Any(c => c.Outlet.Date.IsKnown) ? d.Citations.Where(c => c.Outlet.Date.IsKnown).Select(c => c.Outlet.Date).Min()
            : d.ContextDate;
        return new Meeting(d.Kind, date, d.Location,
            d.SideA.Select(ToRef).ToList(), d.SideB.Select(ToRef).ToList(), citations, Provenance(d.Start, d.End, d.Rule));

        static ActorRef ToRef(Participant p) => p.Actor?.ToRef() ?? new ActorRef(p.Description ?? string.Empty);
    }
}
