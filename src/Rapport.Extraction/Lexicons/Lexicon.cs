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
        };
    }

    /// <summary>The event a verb form signals, or null.</summary>
    public string? VerbEvent(string lower) => Verbs.TryGetValue(lower, out var e) ? e : null;

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
