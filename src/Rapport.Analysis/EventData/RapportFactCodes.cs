using Rapport.Model;

namespace Rapport.Analysis.EventData;

/// <summary>
/// How Rapport's own facts are coded in CAMEO, read from <c>data/eventdata/rapport-fact-codes.tsv</c>; the reasons
/// for each choice are in that folder's README.
/// </summary>
public sealed class RapportFactCodes
{
    /// <summary>The file name of the table in <see cref="CameoCodebook.DefaultDirectory"/>.</summary>
    public const string FileName = "rapport-fact-codes.tsv";

    private const string NoQualifier = "-";

    private readonly Dictionary<(EventKind Kind, string Qualifier), CameoCode> _codes;

    private RapportFactCodes(Dictionary<(EventKind, string), CameoCode> codes) => _codes = codes;

    /// <summary>Loads the bundled table, checking every code against <paramref name="codebook"/>.</summary>
    public static RapportFactCodes LoadDefault(CameoCodebook codebook) =>
        Load(Path.Combine(CameoCodebook.DefaultDirectory, FileName), codebook);

    /// <summary>Loads a table file.</summary>
    /// <exception cref="FormatException">A line is malformed or names a code the codebook lacks.</exception>
    public static RapportFactCodes Load(string path, CameoCodebook codebook)
    {
        using var reader = new StreamReader(path);
        return Load(reader, codebook, path);
    }

    /// <summary>Reads a table: a header, then <c>kind qualifier cameo why</c>, tab-separated; <c>#</c> starts a comment line.</summary>
    /// <exception cref="FormatException">A line is malformed or names a code the codebook lacks.</exception>
    public static RapportFactCodes Load(TextReader reader, CameoCodebook codebook, string sourceName = "fact codes")
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var codes = new Dictionary<(EventKind, string), CameoCode>();
        foreach (var (lineNumber, fields) in TsvRows.Read(reader))
        {
            if (fields.Length < 3)
            {
                throw new FormatException($"{sourceName}:{lineNumber}: expected kind, qualifier and CAMEO code");
            }

            if (!TryParseKind(fields[0], out var kind))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: '{fields[0]}' is not an event kind ({string.Join(", ", Enum.GetNames<EventKind>().Select(Kebab))})");
            }

            if (!codebook.TryGet(fields[2], out var code))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: {fields[2]} is not in the CAMEO codebook");
            }

            var qualifier = NormaliseQualifier(fields[1]);
            if (!codes.TryAdd((kind, qualifier), code))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: {fields[0]} {fields[1]} is listed twice");
            }
        }

        return new RapportFactCodes(codes);
    }

    /// <summary>The code for a kind of fact and an optional qualifier (see <see cref="EventKind"/>).</summary>
    /// <exception cref="KeyNotFoundException">The table has no row for that kind and qualifier.</exception>
    public CameoCode CodeFor(EventKind kind, string? qualifier = null) =>
        _codes.TryGetValue((kind, NormaliseQualifier(qualifier)), out var code)
            ? code
            : throw new KeyNotFoundException($"The fact-code table has no row for {Kebab(kind.ToString())} {qualifier ?? NoQualifier}.");

    /// <summary>
    /// The code of a meeting-type fact seen from one side. A visit is 'made' from the visitors' side (side A of a
    /// <see cref="Meeting"/>) and 'hosted' from the hosts' side; a meeting at a place tied to neither side is a
    /// third-location meeting.
    /// </summary>
    public CameoCode ForMeeting(MeetingKind kind, bool fromHostSide = false, bool atThirdLocation = false) => kind switch
    {
        MeetingKind.Visit => CodeFor(EventKind.Visit, fromHostSide ? "hosted" : "made"),
        MeetingKind.Meeting => CodeFor(EventKind.Meeting, atThirdLocation ? "third-location" : null),
        MeetingKind.PhoneCall => CodeFor(EventKind.PhoneCall),
        MeetingKind.Ceremony => CodeFor(EventKind.Ceremony),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown meeting kind."),
    };

    /// <summary>The code of a support claim of the given kind.</summary>
    public CameoCode ForSupport(SupportKind kind) => CodeFor(EventKind.Support, Kebab(kind.ToString()));

    /// <summary>The code of a statement about another actor: praise when it speaks of support, else a plain statement.</summary>
    public CameoCode ForStatement(bool aboutSupport) => CodeFor(EventKind.Statement, aboutSupport ? "support" : null);

    private static string NormaliseQualifier(string? qualifier) =>
        string.IsNullOrWhiteSpace(qualifier) || qualifier.Trim() == NoQualifier ? NoQualifier : qualifier.Trim().ToLowerInvariant();

    private static bool TryParseKind(string text, out EventKind kind) =>
        Enum.TryParse(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out kind)
        && Enum.IsDefined(kind)
        && !int.TryParse(text, out _);

    // KnowHow → know-how, PhoneCall → phone-call: the spelling used in the data file.
    private static string Kebab(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
