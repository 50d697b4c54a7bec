namespace Rapport.Testing;

/// <summary>Where the repository and the project's shared folder are, found from the running test assembly.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root: the nearest folder above the test binaries that holds Rapport.slnx.</summary>
    /// <exception cref="DirectoryNotFoundException">No such folder exists above the test binaries.</exception>
    public static string RepoRoot => Root.Value;

    /// <summary>The shared folder beside the repository (corpus, gold data), which is not part of the repository itself.</summary>
    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rapport.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no folder above {AppContext.BaseDirectory} holds Rapport.slnx");
    }
}
