using System.Globalization;
using Rapport.Model;

namespace Rapport.Extraction.Gazetteers;

/// <summary>
/// Reads gazetteer files: tab-separated <c>id, kind, name, aliases, part_of, affiliations</c>, one actor a line.
/// See <c>data/gazetteers/README.md</c> for the format. Users add actors by dropping their own files next to the defaults.
/// </summary>
public static class GazetteerLoader
{
    /// <summary>Priority of files that do not declare one: above the derived Phoenix files (priority 0).</summary>
    public const int DefaultPriority = 10;

    /// <summary>The folder of the default gazetteers shipped with the library.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data", "gazetteers");

    /// <summary>Loads every <c>*.tsv</c> file of the default folder and of <paramref name="extraDirectories"/>, in name order.</summary>
    public static Gazetteer LoadDefault(params string[] extraDirectories)
    {
        ArgumentNullException.ThrowIfNull(extraDirectories);
        var gazetteer = new Gazetteer();
        foreach (var directory in extraDirectories.Prepend(DefaultDirectory))
        {
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal))
            {
                foreach (var entry in Parse(File.ReadAllText(file), Path.GetFileName(file)))
                {
                    gazetteer.Add(entry);
                }
            }
        }

        return gazetteer;
    }

    /// <summary>Parses the text of one gazetteer file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="origin">The file's name, kept as provenance of each entry.</param>
    public static IEnumerable<GazetteerEntry> Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var priority = DefaultPriority;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.StartsWith('#'))
            {
                var header = line.TrimStart('#').Trim();
                if (header.StartsWith("priority:", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(header["priority:".Length..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p))
                {
                    priority = p;
                }

                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 3 || cols[0].Trim().Length == 0 || cols[2].Trim().Length == 0)
            {
                continue;
            }

            if (!TryKind(cols[1].Trim(), out var kind))
            {
                continue;
            }

            yield return new GazetteerEntry(
                cols[0].Trim(),
                kind,
                cols[2].Trim(),
                cols.Length > 3 ? Aliases(cols[3]) : [],
                cols.Length > 4 && cols[4].Trim().Length > 0 ? cols[4].Trim() : null,
                cols.Length > 5 ? Affiliations(cols[5]) : [],
                priority,
                origin);
        }
    }

    private static bool TryKind(string text, out ActorKind kind)
    {
        kind = text.ToLowerInvariant() switch
        {
            "state" => ActorKind.State,
            "organization" or "organisation" => ActorKind.Organization,
            "unit" => ActorKind.Unit,
            "person" => ActorKind.Person,
            _ => (ActorKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    private static List<Alias> Aliases(string column)
    {
        var aliases = new List<Alias>();
        foreach (var item in column.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            var prefix = colon > 0 ? item[..colon].ToLowerInvariant() : string.Empty;
            var aliasKind = prefix switch
            {
                "demonym" => AliasKind.Demonym,
                "metonym" => AliasKind.Metonym,
                "abbr" => AliasKind.Abbreviation,
                "variant" => AliasKind.Variant,
                _ => (AliasKind?)null,
            };
            aliases.Add(aliasKind is null ? new Alias(item) : new Alias(item[(colon + 1)..].Trim(), aliasKind.Value));
        }

        return aliases;
    }

    private static List<GazetteerAffiliation> Affiliations(string column)
    {
        var affiliations = new List<GazetteerAffiliation>();
        foreach (var item in column.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split('|');
            if (parts[0].Trim().Length == 0)
            {
                continue;
            }

            var role = parts.Length > 1 && parts[1].Trim().Length > 0 ? parts[1].Trim() : null;
            PartialDate.TryParse(parts.Length > 2 ? parts[2] : null, out var from);
            PartialDate.TryParse(parts.Length > 3 ? parts[3] : null, out var until);
            affiliations.Add(new GazetteerAffiliation(parts[0].Trim(), role, new DateInterval(from, until)));
        }

        return affiliations;
    }
}
