using System.Globalization;
using Rapport.Extraction.Text;
using Rapport.Model;

namespace Rapport.Extraction.Dates;

/// <summary>
/// Finds full, partial and relative dates in a token sequence. Impossible dates ("February 30, 2017") become a warning
/// and an unknown date, never an exception.
/// </summary>
internal static class DateFinder
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["several"] = 0, ["few"] = 0,
    };

    /// <summary>Finds the dates of <paramref name="tokens"/>[<paramref name="from"/>..<paramref name="to"/>).</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="from">First token to look at.</param>
    /// <param name="to">One past the last token to look at.</param>
    /// <param name="anchor">The date relative expressions count from; unknown leaves them unresolved.</param>
    /// <param name="warnings">Receives a message for each impossible date.</param>
    /// <param name="narrative">The date the text last told, which "the same day", "the next morning" and "two days later" count
    /// from; unknown to count from <paramref name="anchor"/>.</param>
    /// <param name="forward">Whether the text counts on from the date it last told rather than back from its own date (a
    /// chronology whose entries give no dates of their own): then "On Thursday" that falls more than a week after the date last
    /// told is the first Thursday after it.</param>
    /// <param name="now">The day the text speaks from (its dateline or publication): "yesterday" and "today" count from it
    /// rather than from the last date the text mentioned; unknown to count from the anchor.</param>
    public static List<DateMention> Find(List<Token> tokens, int from, int to, PartialDate anchor, List<string>? warnings, PartialDate narrative = default,
        bool forward = false, PartialDate now = default)
    {
        var found = new List<DateMention>();
        for (var i = from; i < to; i++)
        {
            var deictic = now.Precision == DatePrecision.Day && tokens[i].Lower is "yesterday" or "today" or "tonight" ? now : anchor;
            var m = TryExplicit(tokens, i, to, YearlessAnchor(tokens, i, to, anchor, narrative), warnings) ?? TryRelative(tokens, i, to, deictic, narrative.IsKnown ? narrative : anchor, forward && narrative.IsKnown);
            if (m is not null)
            {
                found.Add(m);
                i = m.Last - 1;
                if (m.Date.IsKnown && !m.Relative)
                {
                    anchor = m.Date;
                }

                if (m.Date.IsKnown)
                {
                    narrative = m.Date;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The date whose year a date written without one takes: the anchor's, unless that would put it after the anchor while the
    /// text is telling an earlier year ("On 13 September" in an analysis of July 2024 whose story is in 2023): then the story's year.
    /// </summary>
    private static PartialDate YearlessAnchor(List<Token> tokens, int i, int to, PartialDate anchor, PartialDate narrative)
    {
        if (!anchor.IsKnown || !narrative.IsKnown || narrative.Year >= anchor.Year || anchor.Precision < DatePrecision.Month
            || TryExplicit(tokens, i, to, anchor, null) is not { Date.IsKnown: true } withAnchorYear
            || withAnchorYear.Date.Year != anchor.Year || withAnchorYear.Date.Month <= anchor.Month)
        {
            return anchor;
        }

        return PartialDate.OfMonth(narrative.Year, 1);
    }

    /// <summary>Whether <paramref name="lower"/> names a day of the week, in full or abbreviated ("monday", "mon", "tue.").</summary>
    public static bool IsWeekday(string lower) =>
        Weekdays.ContainsKey(lower) || lower.TrimEnd('.') is "mon" or "tue" or "tues" or "wed" or "thu" or "thur" or "thurs" or "fri" or "sat" or "sun";

    /// <summary>"10th", "1st", "22nd": the day an ordinal gives, with the suffix English gives that number; else null.</summary>
    private static int? OrdinalDay(List<Token> tokens, int at, int to)
    {
        if (at >= to || !tokens[at].IsWord || tokens[at].Lower.Length is < 3 or > 4)
        {
            return null;
        }

        var w = tokens[at].Lower;
        if (!int.TryParse(w[..^2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 1 or > 31)
        {
            return null;
        }

        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return w.EndsWith(suffix, StringComparison.Ordinal) ? n : null;
    }

    /// <summary>The first date of <paramref name="tokens"/> written in full (with its year), or unknown.</summary>
    public static PartialDate FirstFull(List<Token> tokens)
    {
        foreach (var m in Find(tokens, 0, tokens.Count, PartialDate.Unknown, null))
        {
            if (!m.Relative && m.Date.Precision >= DatePrecision.Month)
            {
                // "week of May 17-23, 2021": a header or dateline naming a span dates the whole month, not its first day.
                return m.Span ? PartialDate.OfMonth(m.Date.Year, m.Date.Month) : m.Date;
            }
        }

        return PartialDate.Unknown;
    }

    private static DateMention? TryExplicit(List<Token> tokens, int i, int to, PartialDate anchor, List<string>? warnings)
    {
        var t = tokens[i];

        // Month Day, Year | Month Day | Month Year
        if (t.IsWord && Months.TryGetValue(t.Lower, out var month) && (t.IsCapitalized || t.Lower.Length > 3))
        {
            var j = i + 1;
            if (j < to && tokens[j].IsPunct('.'))
            {
                j++;
            }

            if (j < to && (Day(tokens[j]) ?? DayRange(tokens, j, to)?.Day) is { } day)
            {
                // "January 4-5, 2012": a span of days is dated by its first day.
                var span = DayRange(tokens, j, to);
                j = span is not null ? span.Value.Next - 1 : j;
                var k = j + 1;
                if (k < to && tokens[k].IsPunct(','))
                {
                    k++;
                }

                if (k < to && Year(tokens[k]) is { } year)
                {
                    return Make(tokens, i, k + 1, year, month, day, warnings) with { Span = span is not null };
                }

                // No year: the year of the anchor.
                return anchor.IsKnown ? Make(tokens, i, j + 1, anchor.Year, month, day, warnings) with { Span = span is not null } : null;
            }

            var y = j;
            if (y < to && tokens[y].IsPunct(','))
            {
                y++;
            }

            if (y < to && Year(tokens[y]) is { } monthYear && (t.Lower != "may" || t.IsCapitalized))
            {
                return Make(tokens, i, y + 1, monthYear, month, null, warnings);
            }
        }

        // 2017-12-25 and 2017-12: one token, since the tokenizer keeps hyphenated words together.
        if (t.IsWord && t.Lower.Length is 7 or 10 && char.IsDigit(t.Lower[0]) && IsoDate(t.Lower) is { } iso)
        {
            return Make(tokens, i, i + 1, iso.Year, iso.Month, iso.Day, warnings);
        }

        // "in October", "since March": a month alone is the last such month on or before the anchor.
        if (t.IsWord && t.IsCapitalized && (t.Lower.Length > 3 || t.Lower == "may") && Months.TryGetValue(t.Lower, out var bareMonth) && anchor.IsKnown
            && i > 0 && tokens[i - 1].Lower is "in" or "since" or "during" or "until" or "early" or "late" or "mid")
        {
            var year = anchor.Precision >= DatePrecision.Month && bareMonth > anchor.Month ? anchor.Year - 1 : anchor.Year;
            return Make(tokens, i, i + 1, year, bareMonth, null, warnings);
        }

        // "4-5 January 2012", "21 and 22 April": a span of days is dated by its first day.
        if (DayRange(tokens, i, to) is { } range && range.Next < to && tokens[range.Next].IsWord && Months.TryGetValue(tokens[range.Next].Lower, out var rangeMonth))
        {
            var k = range.Next + 1;
            if (k < to && tokens[k].IsPunct(','))
            {
                k++;
            }

            if (k < to && Year(tokens[k]) is { } year)
            {
                return Make(tokens, i, k + 1, year, rangeMonth, range.Day, warnings) with { Span = true };
            }

            return anchor.IsKnown ? Make(tokens, i, range.Next + 1, anchor.Year, rangeMonth, range.Day, warnings) with { Span = true } : null;
        }

        // "mid-2022", "early-2017", "late-2016": one hyphenated token giving the year.
        if (t.IsWord && t.Lower.Length == 8 && t.Lower[3] == '-' && t.Lower[..3] is "mid" && int.TryParse(t.Lower[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var midYear)
            && midYear is >= 1900 and <= 2100)
        {
            return new DateMention(i, i + 1, t.Start, t.End, PartialDate.OfYear(midYear), false);
        }

        if (t.IsWord && t.Lower.Length is 9 or 10 && t.Lower[^5] == '-' && t.Lower[..^5] is "early" or "late" or "end"
            && int.TryParse(t.Lower[^4..], NumberStyles.None, CultureInfo.InvariantCulture, out var edgeYear) && edgeYear is >= 1900 and <= 2100)
        {
            return new DateMention(i, i + 1, t.Start, t.End, PartialDate.OfYear(edgeYear), false);
        }

        if (t.Kind != TokenKind.Number && Ordinal(t) is null)
        {
            return null;
        }

        // Day Month Year; "2nd May 2023" and "the 3rd of March" (British ordinals, where "of" may join day and month).
        var monthAt = i + 1 < to && tokens[i + 1].Lower == "of" && Ordinal(t) is not null ? i + 2 : i + 1;
        if (Day(t) is { } d && monthAt < to && tokens[monthAt].IsWord && Months.TryGetValue(tokens[monthAt].Lower, out var m2)
            && (tokens[monthAt].IsCapitalized || tokens[monthAt].Lower.Length > 3))
        {
            var k = monthAt + 1;
            if (k < to && tokens[k].IsPunct('.') && tokens[monthAt].Lower.Length <= 4)
            {
                k++;
            }

            if (k < to && tokens[k].IsPunct(','))
            {
                k++;
            }

            if (k < to && Year(tokens[k]) is { } year)
            {
                return Make(tokens, i, k + 1, year, m2, d, warnings);
            }

            return anchor.IsKnown ? Make(tokens, i, monthAt + 1, anchor.Year, m2, d, warnings) : null;
        }

        // 25.12.2017, 25/12/2017 (day first) and 2017-12-25
        if (i + 4 < to && tokens[i + 1].Kind == TokenKind.Punctuation && tokens[i + 1].Lower is "." or "/" or "-"
            && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 3].Lower == tokens[i + 1].Lower && tokens[i + 4].Kind == TokenKind.Number
            && tokens[i + 1].Start == t.End && tokens[i + 2].Start == tokens[i + 1].End && tokens[i + 4].Start == tokens[i + 3].End)
        {
            var a = Int(t);
            var b = Int(tokens[i + 2]);
            var c = Int(tokens[i + 4]);
            if (t.Lower.Length == 4)
            {
                return Make(tokens, i, i + 5, a, b, c, warnings);
            }

            if (tokens[i + 4].Lower.Length == 4)
            {
                return Make(tokens, i, i + 5, c, b, a, warnings);
            }
        }

        // "04/05", "24/09" with the year left to the context, as chronologies and digests write them: day first, as in the
        // dd/mm/yyyy form above; never a fraction or a score ("3/4 of", "2/1 win"), so both parts must be a day and a month, the
        // first written with two digits or the second above 12 being impossible.
        if (anchor.IsKnown && i + 2 < to && tokens[i + 1].Lower == "/" && tokens[i + 2].Kind == TokenKind.Number
            && tokens[i + 1].Start == t.End && tokens[i + 2].Start == tokens[i + 1].End
            && ((t.Lower.Length == 2 && tokens[i + 2].Lower.Length == 2) || (i > 0 && IsWeekday(tokens[i - 1].Lower) && t.Lower.Length <= 2 && tokens[i + 2].Lower.Length <= 2))
            && !(i + 3 < tokens.Count && tokens[i + 3].Lower == "/" && tokens[i + 3].Start == tokens[i + 2].End)
            && Int(t) is >= 1 and <= 31 && Int(tokens[i + 2]) is >= 1 and <= 12)
        {
            return Make(tokens, i, i + 3, anchor.Year, Int(tokens[i + 2]), Int(t), warnings);
        }

        // A bare year after a word that makes it a date: "in 2016", "the end of 2016", "early 2017", "since 2015".
        if (Year(t) is { } bare && i > 0 && tokens[i - 1].Lower is "in" or "of" or "since" or "early" or "late" or "mid" or "during" or "until" or "throughout" or "-")
        {
            var first = i;
            if (i >= 3 && tokens[i - 1].Lower == "of" && tokens[i - 2].Lower is "end" or "beginning" or "start" or "middle" && tokens[i - 3].Lower == "the")
            {
                first = i - 3;
            }

            return new DateMention(first, i + 1, tokens[first].Start, t.End, PartialDate.OfYear(bare), false);
        }

        return null;
    }

    private static DateMention? TryRelative(List<Token> tokens, int i, int to, PartialDate anchor, PartialDate narrative, bool forward = false)
    {
        var t = tokens[i];
        if (!t.IsWord)
        {
            return null;
        }

        var day = anchor.Precision == DatePrecision.Day ? anchor.Earliest : null;
        var told = narrative.Precision == DatePrecision.Day ? narrative.Earliest : null;
        var next = i + 1 < to ? tokens[i + 1].Lower : string.Empty;
        switch (t.Lower)
        {
            case "yesterday" when day is not null:
                return Rel(tokens, i, i + 1, PartialDate.From(day.Value.AddDays(-1)));
            case "this" when day is not null && next is "morning" or "afternoon" or "evening":
                // "This morning" in a release or a dispatch: the day it is dated.
                return Rel(tokens, i, i + 2, anchor);
            case "this" when anchor.Precision >= DatePrecision.Month && next is "month" or "week":
                // "this month", "this week": the anchor's month (a week is told no closer than its month).
                return Rel(tokens, i, i + 2, PartialDate.OfMonth(anchor.Year, anchor.Month));
            case "this" when anchor.IsKnown && next == "year":
                return Rel(tokens, i, i + 2, PartialDate.OfYear(anchor.Year));
            case "earlier" or "later" when anchor.Precision >= DatePrecision.Month && next == "this" && i + 2 < to && tokens[i + 2].Lower is "month" or "week":
                // "earlier this month": the anchor's month.
                return Rel(tokens, i, i + 3, PartialDate.OfMonth(anchor.Year, anchor.Month));
            case "earlier" or "later" when anchor.IsKnown && next == "this" && i + 2 < to && tokens[i + 2].Lower == "year":
                return Rel(tokens, i, i + 3, PartialDate.OfYear(anchor.Year));
            case "the" when (day ?? told) is not null && OrdinalDay(tokens, i + 1, to) is { } nth
                                 && !(i + 2 < to && tokens[i + 2].Lower is "of" or "century" or "anniversary" or "time" or "round" or "day" or "session")
                                 && !(i + 2 < to && Months.ContainsKey(tokens[i + 2].Lower)):
            {
                // "on the 10th", "the 12th": a day of the month the text is telling.
                var month = told ?? day!.Value;
                return nth <= DateTime.DaysInMonth(month.Year, month.Month)
                    ? Rel(tokens, i, i + 2, PartialDate.OfDay(month.Year, month.Month, nth))
                    : null;
            }

            case "the" when told is not null && next == "same" && i + 2 < to
                             && tokens[i + 2].Lower is "press" or "conference" or "meeting" or "event" or "ceremony" or "summit" or "session" or "rally" or "occasion" or "briefing":
                // "at the same press conference": the occasion the text has just told, on its day.
                return Rel(tokens, i, tokens[i + 2].Lower == "press" && i + 3 < to ? i + 4 : i + 3, narrative);

            case "today" when day is not null:
                return Rel(tokens, i, i + 1, anchor);
            case "recently" when anchor.IsKnown:
                return Rel(tokens, i, i + 1, anchor.Precision == DatePrecision.Year ? anchor : PartialDate.OfMonth(anchor.Year, anchor.Month));
            case "on" when day is not null && Weekdays.TryGetValue(next, out var weekday):
            {
                // "On Tuesday" in a report means the last Tuesday on or before the anchor.
                var back = ((int)day.Value.DayOfWeek - (int)weekday + 7) % 7;
                var on = day.Value.AddDays(-back);

                // In a chronology counting on from its entries, the first such day on or after the date last told.
                if (forward && told is not null && on.DayNumber - told.Value.DayNumber > 6)
                {
                    on = told.Value.AddDays(((int)weekday - (int)told.Value.DayOfWeek + 7) % 7);
                }

                return Rel(tokens, i, PartOfDay(tokens, i + 2, to), PartialDate.From(on));
            }

            case "last" when day is not null && Weekdays.TryGetValue(next, out var lastWeekday):
            {
                // "Last Friday": that day of the week before the anchor's (weeks run Monday to Sunday).
                var back = ((int)day.Value.DayOfWeek - (int)lastWeekday + 7) % 7;
                if (back == 0 || back <= ((int)day.Value.DayOfWeek + 6) % 7)
                {
                    back += 7;
                }

                return Rel(tokens, i, PartOfDay(tokens, i + 2, to), PartialDate.From(day.Value.AddDays(-back)));
            }

            case "earlier" or "later" when told is not null && i + 2 < to
                                           && ((next == "in" && tokens[i + 2].Lower == "the" && i + 3 < to && tokens[i + 3].Lower == "day")
                                               || (next == "that" && tokens[i + 2].Lower is "day" or "morning" or "evening" or "afternoon")):
                // "Earlier in the day", "later that evening": the day the text last told.
                return Rel(tokens, i, next == "in" ? i + 4 : i + 3, narrative);

            case "the" or "that" when told is not null && i + 1 < to:
            {
                // "the same day", "the next morning", "the following day", "that evening": counted from the date last told.
                var k = t.Lower == "the" ? i + 1 : i;
                var shift = tokens[k].Lower switch
                {
                    "same" => 0,
                    "next" or "following" => 1,
                    "previous" or "preceding" => -1,
                    "that" => 0,
                    _ => (int?)null,
                };
                if (shift is not null && k + 1 < to && tokens[k + 1].Lower is "day" or "morning" or "evening" or "night" or "afternoon")
                {
                    return Rel(tokens, i, k + 2, PartialDate.From(told.Value.AddDays(shift.Value)));
                }

                // "The following week": counted on from the date last told. A week is told no closer than its month (as "this week"
                // and "last week" are), the month of the Monday that opens it.
                if (forward && shift == 1 && k + 1 < to && tokens[k + 1].Lower == "week")
                {
                    var monday = told.Value.AddDays(7 - ((int)told.Value.DayOfWeek + 6) % 7);
                    return Rel(tokens, i, k + 2, PartialDate.OfMonth(monday.Year, monday.Month));
                }

                return null;
            }

            case "last" when anchor.IsKnown && i + 1 < to:
                return next switch
                {
                    "year" => Rel(tokens, i, i + 2, PartialDate.OfYear(anchor.Year - 1)),
                    "month" when anchor.Precision >= DatePrecision.Month => Rel(tokens, i, i + 2, Month(anchor, -1)),
                    "week" when anchor.Precision >= DatePrecision.Month => Rel(tokens, i, i + 2, PartialDate.OfMonth(anchor.Year, anchor.Month)),
                    _ => null,
                };
        }

        // "two days later", "three weeks earlier", "a day before", "five days ago": "ago" counts from the anchor, the others
        // from the date last told.
        if (i + 2 < to && Numbers.TryGetValue(t.Lower, out var n) && n > 0
            && next is "day" or "days" or "week" or "weeks" && tokens[i + 2].Lower is "later" or "after" or "earlier" or "before" or "ago")
        {
            var from = tokens[i + 2].Lower == "ago" ? day : told;

            // "six weeks after the decision" counts from that event, which is not a date the text has told; "two days after it
            // took effect" counts from the event just told.
            var backReference = i + 3 < to && tokens[i + 3].Lower is "it" or "this" or "that";
            if (from is null || (tokens[i + 2].Lower is "after" or "before" && i + 3 < to && tokens[i + 3].IsWord && !backReference))
            {
                return null;
            }

            var sign = tokens[i + 2].Lower is "later" or "after" ? 1 : -1;
            var days = next.StartsWith("week", StringComparison.Ordinal) ? 7 * n : n;

            // "... later" followed by a noun phrase is still a date ("two days later, X said").
            return Rel(tokens, i, i + 3, PartialDate.From(from.Value.AddDays(sign * days)));
        }

        return null;
    }

    // "On Monday evening": the part of the day belongs to the date expression.
    private static int PartOfDay(List<Token> tokens, int k, int to) =>
        k < to && tokens[k].Lower is "morning" or "evening" or "night" or "afternoon" ? k + 1 : k;

    private static (int Year, int Month, int? Day)? IsoDate(string s)
    {
        if (s.Length < 7 || s[4] != '-' || (s.Length == 10 && s[7] != '-'))
        {
            return null;
        }

        if (!int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year is < 1800 or > 2200 || month is < 1 or > 12)
        {
            return null;
        }

        if (s.Length == 7)
        {
            return (year, month, null);
        }

        return int.TryParse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day) ? (year, month, day) : null;
    }

    private static PartialDate Month(PartialDate anchor, int delta)
    {
        var d = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(delta);
        return PartialDate.OfMonth(d.Year, d.Month);
    }

    private static DateMention Rel(List<Token> tokens, int first, int last, PartialDate date) =>
        new(first, last, tokens[first].Start, tokens[last - 1].End, date, true);

    private static DateMention Make(List<Token> tokens, int first, int last, int year, int month, int? day, List<string>? warnings)
    {
        if (!PartialDate.TryCreate(year, month, day, out var date))
        {
            warnings?.Add(string.Create(CultureInfo.InvariantCulture, $"Impossible date at [{tokens[first].Start},{tokens[last - 1].End}): year {year}, month {month}, day {day}; left unknown."));
            date = PartialDate.Unknown;
        }

        return new DateMention(first, last, tokens[first].Start, tokens[last - 1].End, date, false);
    }

    /// <summary>
    /// A span of days ("4-5", one token; "21 and 22", "21 to 22"): its first day and the token after it; null when none.
    /// </summary>
    private static (int Day, int Next)? DayRange(List<Token> tokens, int i, int to)
    {
        var t = tokens[i];
        if (t.IsWord && t.Lower.Length is >= 3 and <= 5 && t.Lower.IndexOf('-', StringComparison.Ordinal) is var dash and (1 or 2)
            && int.TryParse(t.Lower.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(t.Lower.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            && first is >= 1 and <= 31 && last > first && last <= 31)
        {
            return (first, i + 1);
        }

        if (Day(t) is { } from && i + 2 < to && tokens[i + 1].Lower is "and" or "to" or "-" && Day(tokens[i + 2]) is { } until && until > from)
        {
            return (from, i + 3);
        }

        return null;
    }

    private static int? Day(Token t) => t.Kind == TokenKind.Number && t.Lower.Length <= 2 && Int(t) is >= 1 and <= 31 ? Int(t) : Ordinal(t);

    /// <summary>
    /// An ordinal day ("2nd", "23rd", "31st") is one word token to the tokenizer; its suffix must be the one English gives
    /// that number, so that "2th" or a code such as "3rd" in a unit name next to no month cannot pass for a day.
    /// </summary>
    private static int? Ordinal(Token t)
    {
        var s = t.Lower;
        if (!t.IsWord || s.Length is < 3 or > 4 || !char.IsDigit(s[0]))
        {
            return null;
        }

        var digits = s.Length - 2;
        if (!int.TryParse(s.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 31)
        {
            return null;
        }

        var suffix = s.AsSpan(digits);
        var expected = (n % 10, n / 10) switch
        {
            (1, not 1) => "st",
            (2, not 1) => "nd",
            (3, not 1) => "rd",
            _ => "th",
        };
        return suffix.SequenceEqual(expected) ? n : null;
    }

    private static int? Year(Token t) => t.Kind == TokenKind.Number && t.Lower.Length == 4 && Int(t) is >= 1800 and <= 2200 ? Int(t) : null;

    private static int Int(Token t) =>
        t.Lower.Length <= 9 && int.TryParse(t.Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
}
