using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Rapport.GazetteerConverter;

/// <summary>
/// Converts PETRARCH/Phoenix (TABARI) actor dictionaries into Rapport gazetteer TSV files.
/// Deterministic: the same input files always give byte-identical output, so the derived files can be
/// regenerated and diffed. Usage: <c>dotnet run --project tools/Rapport.GazetteerConverter -- &lt;eventdata dir&gt; &lt;output dir&gt;</c>.
/// </summary>
public static partial class Program
{
    // Words that mark a dictionary entry as a body rather than a person. The dictionaries mix both under one
    // code (a group's leader is listed as a synonym of the group), and the gazetteer must not merge them.
    private static readonly HashSet<string> OrgWords = new(StringComparer.Ordinal)
    {
        "ASSEMBLY", "COUNCIL", "PARTY", "FRONT", "ARMY", "FORCE", "FORCES", "GUARD", "GUARDS", "MINISTRY", "DEPARTMENT",
        "COMMITTEE", "MOVEMENT", "ORGANIZATION", "ORGANISATION", "BRIGADE", "BRIGADES", "BATTALION", "BATTALIONS",
        "GROUP", "UNION", "AGENCY", "COURT", "PARLIAMENT", "CONGRESS", "SENATE", "BANK", "POLICE", "GOVERNMENT",
        "OFFICE", "COMMISSION", "ASSOCIATION", "LEAGUE", "CORPS", "SERVICE", "SERVICES", "INSTITUTE", "UNIVERSITY",
        "CABINET", "NAVY", "MILITIA", "MILITIAS", "JIHAD", "ISLAMIC", "NATIONAL", "REVOLUTIONARY", "COALITION",
        "ALLIANCE", "AUTHORITY", "FOUNDATION", "RESISTANCE", "LIBERATION", "REPUBLIC", "KINGDOM", "STATE", "STATES",
        "MINISTER", "BUREAU", "WING", "DIVISION", "COMMAND", "REGIME", "BASIJ", "BASIJI", "CONSULATE", "EMBASSY",
        "SOCIETY", "CENTER", "CENTRE", "NETWORK", "FACTION", "CELL", "CELLS", "ORGANIZATIONS", "COMPANY", "CORPORATION",
        "TRIBE", "TRIBES", "CLAN", "CHURCH", "MOSQUE", "SCHOOL", "COUNCILS", "PEOPLE", "PEOPLES", "PEOPLE'S", "AL-QAEDA",
        "TALIBAN", "MUJAHIDEEN", "MUJAHIDIN", "FEDERATION", "SECRETARIAT", "BOARD", "PROGRAMME", "PROGRAM", "FUND",
        "HOUSE", "PALACE", "TREATY", "AGREEMENT",
        // Transliterated Arabic words for bodies ("movement", "front", "party", "army", "brigades", "companies").
        "HARAKAT", "HARAKAT_AL", "JABHA", "AL-JABHA", "JABHAT", "HIZB", "KATAIB", "KATAEB", "JAISH", "JAYSH", "JAMAAT", "JAMIAT",
        "JAMA'AT", "TANZIM", "MUNAZZAMAT", "ANSAR", "LIWA", "SARAYA", "FAILAQ", "ASAIB", "AL-MUQAWAMMAH", "AL-MUQAWAMA",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "OF", "THE", "AND", "FOR", "IN", "ON", "AL", "EL", "DE", "LA", "LE", "DAS", "DU", "DA", "DI", "AN", "ASH", "AS", "AD",
        "AR", "AT", "AZ", "BIN", "IBN", "BINT", "Y", "DEL", "DER", "VON", "VAN",
    };

    private static readonly string[] DemonymEndings = ["IAN", "IANS", "AN", "ANS", "ESE", "ISH", "I", "IS", "IC", "ER", "ERS"];

    /// <summary>Entry point.</summary>
    /// <returns>0 on success, 2 on bad arguments.</returns>
    public static int Main(string[] args)
    {
        if (args.Length != 2 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: Rapport.GazetteerConverter <eventdata dir> <output dir>");
            return 2;
        }

        Directory.CreateDirectory(args[1]);
        Convert(Path.Combine(args[0], "Phoenix.Countries.actors.txt"), Path.Combine(args[1], "phoenix-countries.tsv"), countries: true);
        Convert(Path.Combine(args[0], "Phoenix.MilNonState.actors.txt"), Path.Combine(args[1], "phoenix-milnonstate.tsv"), countries: false);
        Convert(Path.Combine(args[0], "Phoenix.International.actors.txt"), Path.Combine(args[1], "phoenix-international.tsv"), countries: false);
        return 0;
    }

    private sealed record Block(string Head, List<string> Synonyms, List<string> Codes, bool HeadHasInlineCode, bool FromCountryInfo);

    private sealed record Row(string Id, string Kind, string Name, List<string> Aliases, string PartOf, List<string> Affiliations);

    private static void Convert(string input, string output, bool countries)
    {
        var blocks = ReadBlocks(File.ReadAllLines(input, Encoding.UTF8));
        var rows = new List<Row>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var firstOrgByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        string? currentState = null;

        foreach (var block in blocks)
        {
            var code = block.Codes.Count > 0 ? CodeOf(block.Codes[0]) : string.Empty;

            // States that came into being in the dictionaries' time span carry their code only with dates, on the lines
            // under the heading ("NEWSTATE_" ... "[OLDNEW <900823]", "[NEW >911221]"): the bare three-letter code is the state.
            if (countries && !block.HeadHasInlineCode && !LooksLikePerson(block.Head, block.FromCountryInfo)
                && block.Codes.Select(CodeOf).LastOrDefault(c => c.Length == 3 && c.All(char.IsAsciiLetterUpper)) is { } dated
                && block.Codes.Count(c => CodeOf(c).Length == 3) == 1)
            {
                code = dated;
            }

            if (countries && code.Length == 3 && (block.HeadHasInlineCode || code != CodeOf(block.Codes[0])))
            {
                // A country heading: "IRAN_ [IRN]" followed by demonyms, capitals and other places.
                currentState = code;
                var stems = block.Synonyms.Append(block.Head).Select(n => Words(n)).Where(w => w.Length >= 1)
                    .Select(w => w[0]).ToList();
                var aliases = block.Synonyms.Select(s => ClassifyStateAlias(block.Head, stems, s)).ToList();
                Add(rows, seenIds, new Row(code, "state", Title(block.Head), aliases, string.Empty, []));
                continue;
            }

            var names = new List<string> { block.Head };
            names.AddRange(block.Synonyms);
            // In the country dictionary a block is either a person with spelling variants or a body/place with its
            // aliases (GAZA_ [PSEGZA] +GAZA_STRIP); only the other dictionaries list leaders as synonyms of their group.
            var personNames = countries
                ? (!block.HeadHasInlineCode && LooksLikePerson(block.Head, block.FromCountryInfo) ? names.ToList() : [])
                : names.Where(n => LooksLikePerson(n, block.FromCountryInfo)).ToList();
            var orgNames = names.Where(n => !personNames.Contains(n)).ToList();

            // A single word that is the surname of a person in the block ("NASRALLAH") names that person, not the body.
            var surnames = personNames.Select(p => Words(p)[^1]).ToHashSet(StringComparer.Ordinal);
            var moved = orgNames.Where(n => Words(n).Length == 1 && surnames.Contains(Words(n)[0])).ToList();
            foreach (var name in moved)
            {
                orgNames.Remove(name);
                personNames.Add(name);
            }

            string? orgId = null;
            if (orgNames.Count > 0)
            {
                orgId = $"phx:{Slug(orgNames[0])}";
                var partOf = string.Empty;
                if (code.Length > 0 && firstOrgByCode.TryGetValue(code, out var parent))
                {
                    partOf = parent;
                }
                else if (countries && currentState is not null && code.StartsWith(currentState, StringComparison.Ordinal))
                {
                    partOf = currentState;
                }

                if (code.Length > 0)
                {
                    firstOrgByCode.TryAdd(code, orgId);
                }

                var kind = partOf.Length > 0 && !partOf.Equals(currentState, StringComparison.Ordinal) ? "unit" : "organization";
                Add(rows, seenIds, new Row(orgId, kind, Title(orgNames[0]), orgNames.Skip(1).Select(Title).ToList(), partOf, []));
            }

            // Persons: one row per distinct surname so that two people listed together are never merged.
            foreach (var group in personNames.GroupBy(p => Words(p)[^1], StringComparer.Ordinal))
            {
                var all = group.OrderByDescending(n => Words(n).Length).ThenBy(n => n, StringComparer.Ordinal).ToList();
                var affiliations = new List<string>();
                foreach (var raw in block.Codes)
                {
                    var affiliation = Affiliation(raw, orgId, firstOrgByCode);
                    if (affiliation is not null && !affiliations.Contains(affiliation))
                    {
                        affiliations.Add(affiliation);
                    }
                }

                Add(rows, seenIds, new Row($"phx-person:{Slug(all[0])}", "person", Title(all[0]), all.Skip(1).Select(Title).ToList(), string.Empty, affiliations));
            }
        }

        var sb = new StringBuilder();
        sb.Append("# Derived from ").Append(Path.GetFileName(input)).Append(" (openeventdata/petrarch2 @ 676801c, MIT licence: see LICENSE.petrarch2-MIT.txt)\n");
        sb.Append("# Generated by tools/Rapport.GazetteerConverter; do not edit by hand, regenerate instead.\n");
        sb.Append("# priority: 0\n");
        sb.Append("# id\tkind\tname\taliases\tpart_of\taffiliations\n");
        foreach (var row in rows)
        {
            sb.Append(row.Id).Append('\t').Append(row.Kind).Append('\t').Append(row.Name).Append('\t')
              .Append(string.Join(";", row.Aliases.Distinct(StringComparer.Ordinal))).Append('\t')
              .Append(row.PartOf).Append('\t').Append(string.Join(";", row.Affiliations)).Append('\n');
        }

        File.WriteAllText(output, sb.ToString(), new UTF8Encoding(false));
        Console.WriteLine($"{output}: {rows.Count} rows");
    }

    private static void Add(List<Row> rows, HashSet<string> seen, Row row)
    {
        // Ids must be unique; a repeated slug gets a numeric suffix in file order, which is deterministic.
        var id = row.Id;
        for (var n = 2; !seen.Add(id); n++)
        {
            id = $"{row.Id}~{n}";
        }

        rows.Add(row with { Id = id });
    }

    private static List<Block> ReadBlocks(string[] lines)
    {
        var blocks = new List<Block>();
        Block? current = null;
        foreach (var rawLine in lines)
        {
            var commentAt = rawLine.IndexOf('#', StringComparison.Ordinal);
            var fromCountryInfo = commentAt >= 0 && rawLine.AsSpan(commentAt).Contains("CountryInfo", StringComparison.Ordinal);
            var line = (commentAt >= 0 ? rawLine[..commentAt] : rawLine).TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var codes = CodeRegex().Matches(line).Select(m => m.Groups[1].Value.Trim()).ToList();
            var text = CodeRegex().Replace(line, string.Empty).Trim();
            if (line.StartsWith('+'))
            {
                current?.Synonyms.Add(Clean(text[1..]));
                current?.Codes.AddRange(codes);
            }
            else if (char.IsWhiteSpace(line[0]) || text.Length == 0)
            {
                current?.Codes.AddRange(codes);
            }
            else
            {
                current = new Block(Clean(text), [], codes, codes.Count > 0, fromCountryInfo);
                blocks.Add(current);
            }
        }

        return blocks.Where(b => b.Head.Length > 0).ToList();
    }

    private static string CodeOf(string raw)
    {
        var space = raw.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? raw : raw[..space];
    }

    private static string Clean(string name) => name.Trim().Trim('_').Replace("  ", " ", StringComparison.Ordinal).Replace(' ', '_');

    private static string[] Words(string name) => name.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);

    // Words of a title. A name made of nothing else and initials ("XX_HIGH_REPRESENTATIVE", "XX_ENVOY", "X.X._SECRETARY_GENERAL") names an
    // office, whoever holds it, and must not become a person who then swallows the holder's name in a text.
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "PRESIDENT", "SECRETARY", "GENERAL", "ENVOY", "REPRESENTATIVE", "HIGH", "SPECIAL", "VICE", "DEPUTY", "CHIEF", "COMMANDER",
        "AMBASSADOR", "SPOKESMAN", "SPOKESWOMAN", "LEADER", "GOVERNOR", "PRIME", "FOREIGN", "U.S.-VICE", "CHAIRMAN", "HEAD",
    };

    private static bool LooksLikePerson(string name, bool fromCountryInfo)
    {
        var words = Words(name);
        if (words.Length < 2 || words.Length > 5 || words.Any(w => OrgWords.Contains(w) || w.Any(char.IsDigit)))
        {
            return false;
        }

        if (words.All(w => TitleWords.Contains(w) || w.Contains('.') || w.Length <= 2) && words.Any(TitleWords.Contains))
        {
            return false;
        }

        // "OF", "AND", "FOR" join the words of a body's name, never of a person's.
        if (words.Any(w => w is "OF" or "AND" or "FOR" or "THE" or "IN"))
        {
            return false;
        }

        return fromCountryInfo || words.Length >= 2;
    }

    private static string ClassifyStateAlias(string head, List<string> stems, string alias)
    {
        var words = Words(alias);
        var headWords = Words(head);
        if (words.Length == 1)
        {
            var word = words[0];
            if (word.Length <= 4 && word.All(c => char.IsAsciiLetterUpper(c) || c == '.'))
            {
                return "abbr:" + word;
            }

            // A demonym extends a one-word name of the state with an adjective ending: IRAN -> IRANIAN, AMERICA -> AMERICAN.
            if (stems.Any(stem => stem != word && word.StartsWith(stem.Length >= 5 ? stem[..^1] : stem, StringComparison.Ordinal)
                    && word.Length >= stem.Length && DemonymEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal))))
            {
                return "demonym:" + Title(alias);
            }

            if (!headWords.Contains(word))
            {
                return "metonym:" + Title(alias);
            }
        }

        return Title(alias);
    }

    private static string? Affiliation(string raw, string? orgId, Dictionary<string, string> firstOrgByCode)
    {
        var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].StartsWith('~') || parts[0] == "---")
        {
            return null;
        }

        var code = parts[0];
        string org;
        string role;
        if (orgId is not null)
        {
            org = orgId;
            role = string.Empty;
        }
        else if (firstOrgByCode.TryGetValue(code, out var byCode))
        {
            org = byCode;
            role = string.Empty;
        }
        else if (code.Length >= 3 && code[..3].All(char.IsUpper))
        {
            org = code[..3];
            role = SectorRole(code[3..]);
        }
        else
        {
            return null;
        }

        var (from, until) = parts.Length > 1 ? Interval(string.Join(' ', parts.Skip(1))) : (string.Empty, string.Empty);
        return $"{org}|{role}|{from}|{until}";
    }

    private static string SectorRole(string sectors) => sectors.Length < 3 ? string.Empty : sectors[..3] switch
    {
        "GOV" => "government",
        "MIL" => "military",
        "LEG" => "legislature",
        "ELI" => "elite",
        "JUD" => "judiciary",
        "OPP" => "opposition",
        "REB" => "rebels",
        "PTY" => "party",
        "SPY" => "intelligence",
        "COP" => "police",
        "MED" => "media",
        "BUS" => "business",
        _ => sectors[..3].ToLowerInvariant(),
    };

    private static (string From, string Until) Interval(string text)
    {
        text = text.Trim();
        if (text.StartsWith('>'))
        {
            return (Date(text[1..]), string.Empty);
        }

        if (text.StartsWith('<'))
        {
            return (string.Empty, Date(text[1..]));
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? (Date(text[..dash]), Date(text[(dash + 1)..])) : (string.Empty, string.Empty);
    }

    private static string Date(string digits)
    {
        digits = digits.Trim();
        if (digits.Length == 6 && int.TryParse(digits[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var yy))
        {
            // TABARI's six-digit dates carry a two-digit year; the dictionaries cover 1930s to 2020s.
            digits = (yy > 30 ? "19" : "20") + digits;
        }

        if (digits.Length != 8 || !digits.All(char.IsAsciiDigit))
        {
            return string.Empty;
        }

        var year = int.Parse(digits[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
        var day = int.Parse(digits[6..], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return year.ToString("D4", CultureInfo.InvariantCulture);
        }

        return day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? $"{year:D4}-{month:D2}-{day:D2}"
            : $"{year:D4}-{month:D2}";
    }

    private static string Slug(string name) => name.ToLowerInvariant().Replace('_', '-');

    private static string Title(string name)
    {
        var all = Words(name);
        var words = all.Select((w, i) =>
        {
            // A one-word short name is an acronym (PFLP, USA); joining words are lower-case inside a name ("Republic of Iran");
            // the rest is title-cased hyphen by hyphen ("AL-FATAH" -> "Al-Fatah").
            if (w.Contains('.') || (all.Length == 1 && (w.Length <= 3 || (w.Length == 4 && !w.Any(c => "AEIOU".Contains(c, StringComparison.Ordinal))))))
            {
                return w;
            }

            if (i > 0 && Particles.Contains(w))
            {
                return w.ToLowerInvariant();
            }

            return string.Join('-', w.Split('-').Select(p => p.Length == 0 ? p : p[0] + p[1..].ToLowerInvariant()));
        });
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex CodeRegex();
}
