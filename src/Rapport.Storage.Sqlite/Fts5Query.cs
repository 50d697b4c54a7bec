namespace Rapport.Storage.Sqlite;

/// <summary>Writes a <see cref="SearchQuery"/> in FTS5's query syntax, every word quoted so none is read as an operator.</summary>
internal static class Fts5Query
{
    public static string From(SearchQuery query) =>
        string.Join(' ', query.Terms.Select(t => $"\"{string.Join(' ', t.Words).Replace("\"", "\"\"", StringComparison.Ordinal)}\"{(t.IsPrefix ? "*" : string.Empty)}"));
}
