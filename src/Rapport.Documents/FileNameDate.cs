using System.Globalization;
using System.Text.RegularExpressions;
using Rapport.Model;

namespace Rapport.Documents;

/// <summary>
/// The date a file's name opens on, as archives and analysts name their files ("2024-12-12-wire.txt", "2024-12_brief.md",
/// "20241212 readout.html"): a fallback for a document whose text and markup give no date of their own.
/// </summary>
public static partial class FileNameDate
{
    /// <summary>The date <paramref name="path"/>'s file name opens on, to the day or the month it gives; unknown when none.</summary>
    public static PartialDate Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var m = Pattern().Match(Path.GetFileNameWithoutExtension(path));
        if (!m.Success)
        {
            return PartialDate.Unknown;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;

        // "2023-02-30": a day that does not exist leaves the month, which does.
        return PartialDate.TryCreate(year, month, day, out var date) ? date
            : PartialDate.TryCreate(year, month, null, out var monthOnly) ? monthOnly : PartialDate.Unknown;
    }

    // A year from 1900 to 2099, a month, perhaps a day, with or without separators, and no digit right after.
    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})([-_.]?)(?<m>0[1-9]|1[0-2])(?:\1(?<d>0[1-9]|[12]\d|3[01]))?(?!\d)")]
    private static partial Regex Pattern();
}
