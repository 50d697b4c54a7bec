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

    /// <summary>The inputs under <paramref name="paths"/>: named files in the order given, folders in the file system's order.</summary>
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

    // Streams the folder rather than listing it, so memory does not grow with the number of files in it; the
    // order is the file system's, which is stable for an unchanged folder.
    private static IEnumerable<Input> Walk(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = false };
        IEnumerator<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", options).GetEnumerator();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new Input(folder, $"cannot list folder ({ex.Message.ReplaceLineEndings(" ")})")];
        }

        return Drain(folder, files);
    }

    private static IEnumerable<Input> Drain(string folder, IEnumerator<string> files)
    {
        using (files)
        {
            while (true)
            {
                string? file = null;
                string? problem = null;
                try
                {
                    if (!files.MoveNext())
                    {
                        yield break;
                    }

                    file = files.Current;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    problem = $"cannot list folder ({ex.Message.ReplaceLineEndings(" ")})";
                }

                if (problem is not null)
                {
                    // An unreadable sub-folder ends the walk of this folder; say so rather than skip it silently.
                    yield return new Input(folder, problem);
                    yield break;
                }

                if (!IsHiddenPath(folder, file!) && FormatDetector.ForPath(file!) is not null)
                {
                    yield return new Input(file!, null);
                }
            }
        }
    }

    // Dot-files and anything under a dot-folder are not documents (.git, editor backups).
    private static bool IsHiddenPath(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));

}
