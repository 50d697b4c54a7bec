using Rapport.Model;

namespace Rapport.Extraction.Lexicons;

/// <summary>The word lists the rules read: event verbs, role nouns, organisation parts, estimative expressions, topics.</summary>
public sealed class Lexicon
{
    /// <summary>Verb forms by the event they signal (<c>speech</c>, <c>meet</c>, <c>visit</c>, <c>call</c>, <c>attend</c>).</summary>
    public required IReadOnlyDictionary<string, string> Verbs { get; init; }

    /// <summary>Role nouns and modifiers, lower case.</summary>
    public required IReadOnlySet<string> Roles { get; init; }

    /// <summary>Organisation parts, lower case, as word arrays.</summary>
    public required IReadOnlyList<string[]> OrganizationParts { get; init; }

    /// <summary>Estimative expressions (lower case) with their ICD 203 band, longest first.</summary>
    public required IReadOnlyList<(string Expression, EstimativeLikelihood Band)> Estimative { get; init; }

    /// <summary>Topic keyword stems (lower case) with their topic.</summary>
    public required IReadOnlyList<(string Stem, string Topic)> Topics { get; init; }

    /// <summary>Support keyword stems (lower case) with their kind.</summary>
    public required IReadOnlyList<(string Stem, SupportKind Kind)> Support { get; init; }

    /// <summary>Honorifics and forms of address ("his highness", "sheikh"), lower case, as word arrays, longest first.</summary>
    public IReadOnlyList<string[]> Honorifics { get; init; } = [];

    /// <summary>Nouns that name bodies or buildings and never a person ("coalition", "ministry"), lower case.</summary>
    public IReadOnlySet<string> InstitutionWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// How many tokens from <paramref name="from"/> make up honorifics ("His Highness Prince"), reading the words through
    /// <paramref name="lowerAt"/>; 0 when none.
    /// </summary>
    public int HonorificLength(Func<int, string> lowerAt, int from)
    {
        ArgumentNullException.ThrowIfNull(lowerAt);
        var at = from;
        var matched = true;
        while (matched && at - from < 8)
        {
            matched = false;
            foreach (var words in Honorifics)
            {
                var ok = true;
                for (var w = 0; w < words.Length && ok; w++)
                {
                    ok = lowerAt(at + w) == words[w];
                }

                if (ok)
                {
                    at += words.Length;
                    matched = true;
                    break;
                }
            }
        }

        return at - from;
    }

    /// <summary>The folder of the default lexicons shipped with the library.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data", "lexicons");

    /// <summary>Loads the lexicon files of <paramref name="directory"/> (default: <see cref="DefaultDirectory"/>).</summary>
    /// <exception cref="FileNotFoundException">A lexicon file is missing.</exception>
    public static Lexicon Load(string? directory = null)
    {
        directory ??= DefaultDirectory;
        var verbs = Rows(Path.Combine(directory, "verbs.tsv")).ToDictionary(r => r[0].ToLowerInvariant(), r => r.Length > 1 ? r[1] : "speech");
        return new Lexicon
        {
            Verbs = verbs,
            Roles = Rows(Path.Combine(directory, "roles.txt")).Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            OrganizationParts = Rows(Path.Combine(directory, "org-parts.txt"))
                .Select(r => r[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList(),
            Estimative = Rows(Path.Combine(directory, "estimative.tsv"))
                .Where(r => r.Length > 1 && Enum.TryParse<EstimativeLikelihood>(r[1], out _))
                .Select(r => (r[0].ToLowerInvariant(), Enum.Parse<EstimativeLikelihood>(r[1])))
                .OrderByDescending(r => r.Item1.Length).ToList(),
            Topics = Rows(Path.Combine(directory, "topics.tsv")).Where(r => r.Length > 1).Select(r => (r[0].ToLowerInvariant(), r[1])).ToList(),
            Support = Rows(Path.Combine(directory, "support.tsv"))
                .Where(r => r.Length > 1 && Enum.TryParse<SupportKind>(r[1], out _))
                .Select(r => (r[0].ToLowerInvariant(), Enum.Parse<SupportKind>(r[1]))).ToList(),
            Honorifics = Optional(Path.Combine(directory, "honorifics.txt"))
                .Select(r => r[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(w => w.Length).ToList(),
            InstitutionWords = Optional(Path.Combine(directory, "institution-words.txt")).Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>The event a verb form signals, or null.</summary>
    public string? VerbEvent(string lower) => Verbs.TryGetValue(lower, out var e) ? e : null;

    private static IEnumerable<string[]> Optional(string path) => File.Exists(path) ? Rows(path) : [];

    private static IEnumerable<string[]> Rows(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            yield return line.Split('\t', StringSplitOptions.TrimEntries);
        }
    }
}
