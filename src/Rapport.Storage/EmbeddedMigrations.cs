using System.Globalization;
using System.Reflection;

namespace Rapport.Storage;

/// <summary>Loads a backend's migrations from SQL files embedded in its assembly, named <c>NNNN-description.sql</c>.</summary>
public static class EmbeddedMigrations
{
    /// <summary>All migrations embedded in <paramref name="assembly"/>, ordered by version.</summary>
    public static IReadOnlyList<Migration> Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var migrations = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            // Resource names look like "Rapport.Storage.Sqlite.Migrations.0001-documents.sql".
            var file = name[(name.IndexOf(".Migrations.", StringComparison.Ordinal) + ".Migrations.".Length)..^".sql".Length];
            var dash = file.IndexOf('-', StringComparison.Ordinal);
            var version = int.Parse(file[..dash], NumberStyles.None, CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(version, file[(dash + 1)..], reader.ReadToEnd()));
        }

        return migrations.OrderBy(m => m.Version).ToList();
    }
}
