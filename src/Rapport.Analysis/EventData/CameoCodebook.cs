using System.Globalization;

namespace Rapport.Analysis.EventData;

/// <summary>
/// The CAMEO event codebook: code → root, quad class, Goldstein weight and description, loaded from
/// <c>data/eventdata/cameo-event-codes.tsv</c>.
/// </summary>
public sealed class CameoCodebook
{
    /// <summary>The file name of the codebook in <see cref="DefaultDirectory"/>.</summary>
    public const string FileName = "cameo-event-codes.tsv";

    private readonly Dictionary<string, CameoCode> _codes;

    private CameoCodebook(Dictionary<string, CameoCode> codes) => _codes = codes;

    /// <summary>Where the bundled event-data tables are copied beside the binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data", "eventdata");

    /// <summary>How many codes the codebook holds.</summary>
    public int Count => _codes.Count;

    /// <summary>Every code, in code order.</summary>
    public IEnumerable<CameoCode> All => _codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    /// <summary>Loads the bundled codebook.</summary>
    public static CameoCodebook LoadDefault() => Load(Path.Combine(DefaultDirectory, FileName));

    /// <summary>Loads a codebook file.</summary>
    /// <exception cref="FormatException">A line is malformed; the message names the line.</exception>
    public static CameoCodebook Load(string path)
    {
        using var reader = new StreamReader(path);
        return Load(reader, path);
    }

    /// <summary>
    /// Reads a codebook: a header line, then <c>code root quad_class goldstein description</c>, tab-separated.
    /// </summary>
    /// <exception cref="FormatException">A line is malformed; the message names the line.</exception>
    public static CameoCodebook Load(TextReader reader, string sourceName = "codebook")
    {
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var (lineNumber, fields) in TsvRows.Read(reader))
        {
            if (fields.Length != 5)
            {
                throw Error(sourceName, lineNumber, $"expected 5 tab-separated fields, found {fields.Length}");
            }

            var code = fields[0];
            var root = fields[1];
            if (!IsCodeShape(code) || root.Length != 2 || !code.StartsWith(root, StringComparison.Ordinal))
            {
                throw Error(sourceName, lineNumber, $"'{code}' with root '{root}' is not a CAMEO code");
            }

            if (!int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad is < 1 or > 4)
            {
                throw Error(sourceName, lineNumber, $"quad class '{fields[2]}' is not 1–4");
            }

            if (!double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein) || goldstein is < -10 or > 10)
            {
                throw Error(sourceName, lineNumber, $"Goldstein weight '{fields[3]}' is not a number in −10 … 10");
            }

            if (!codes.TryAdd(code, new CameoCode(code, root, (QuadClass)quad, goldstein, fields[4])))
            {
                throw Error(sourceName, lineNumber, $"code {code} is listed twice");
            }
        }

        return new CameoCodebook(codes);
    }

    /// <summary>Looks a code up exactly as written.</summary>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CameoCode? entry) =>
        _codes.TryGetValue(code, out entry);

    /// <summary>Looks a code up exactly as written.</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the codebook.</exception>
    public CameoCode Get(string code) =>
        _codes.TryGetValue(code, out var entry) ? entry : throw new KeyNotFoundException($"{code} is not a CAMEO code in the codebook.");

    /// <summary>
    /// Finds a code that may have lost its leading zero, as happens when event files pass through a spreadsheet
    /// (<c>42</c> for <c>042</c>). The code as written wins when it exists, so <c>14</c> stays the root 14.
    /// </summary>
    public bool TryResolve(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CameoCode? entry)
    {
        if (_codes.TryGetValue(code, out entry))
        {
            return true;
        }

        return code.Length is 1 or 2 or 3 && _codes.TryGetValue("0" + code, out entry);
    }

    /// <summary>
    /// The quad class of a root (1–20) by GDELT's grouping: 01–05 verbal cooperation, 06–09 material cooperation,
    /// 10–14 verbal conflict, 15–20 material conflict.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The root is outside 1–20.</exception>
    public static QuadClass QuadClassOfRoot(int root) => root switch
    {
        >= 1 and <= 5 => QuadClass.VerbalCooperation,
        >= 6 and <= 9 => QuadClass.MaterialCooperation,
        >= 10 and <= 14 => QuadClass.VerbalConflict,
        >= 15 and <= 20 => QuadClass.MaterialConflict,
        _ => throw new ArgumentOutOfRangeException(nameof(root), root, "A CAMEO root is 1 to 20."),
    };

    /// <summary>The root number of a code as written (its first two digits), or null when it has no such shape.</summary>
    public static int? RootOf(string code) =>
        IsCodeShape(code) && int.TryParse(code.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var root) && root is >= 1 and <= 20
            ? root
            : null;

    private static bool IsCodeShape(string code) => code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit);

    private static FormatException Error(string source, int line, string reason) => new($"{source}:{line}: {reason}");
}
