using Rapport.Documents;

namespace Rapport.Services;

/// <summary>
/// Expands the paths a user names into the files to ingest: files as named, folders recursively (only the formats
/// Rapport reads, skipping hidden entries), and paths that do not exist as rejections to report.
/// </summary>
public static class InputWalker
{
    /// <summary>An input file, or a path that is already known to be bad.</summary>
    /// <param name="Path">The path.</param>
    /// <param name="Problem">Why it cannot be read, or null for a file to read.</param>
    public sealed record Input(string Path, string? Problem);

    /// <summary>The inputs under <paramref name="paths"/>, in a stable order (sorted within each folder).</summary>
    public static IEnumerable<Input> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return new Input(path, null);
            }
            else if (Directory.Exists(path))
            {
                foreach (var input in Walk(path))
                {
                    yield return input;
                }
            }
            else
            {
                yield return new Input(path, "no such file or folder");
            }
        }
    }

    private static IEnumerable<Input> Walk(string folder)
    {
        string[] files;
        string[] folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new Input(folder, $"cannot list folder ({ex.Message.ReplaceLineEndings(" ")})")];
        }

        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        return files
            .Where(f => !IsHidden(f) && FormatDetector.ForPath(f) is not null)
            .Select(f => new Input(f, null))
            .Concat(folders.Where(d => !IsHidden(d)).SelectMany(Walk));
    }

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');
}
