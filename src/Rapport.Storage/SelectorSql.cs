namespace Rapport.Storage;

/// <summary>Renders an <see cref="ActorSelector"/> as a parameterised SQL condition both backends understand.</summary>
public static class SelectorSql
{
    // Sorts after every other character in UTF-8 and UTF-16 order, so [prefix, prefix + this) is "starts with prefix".
    private const string Highest = "\U0010FFFF";

    /// <summary>The condition on <paramref name="column"/> and its parameters, named with <paramref name="prefix"/>.</summary>
    /// <param name="column">The column holding actor keys.</param>
    /// <param name="selector">The keys and key prefixes.</param>
    /// <param name="prefix">A parameter-name prefix such as <c>@s</c> or <c>$s</c>.</param>
    public static (string Sql, IReadOnlyList<(string Name, string Value)> Parameters) Condition(string column, ActorSelector selector, string prefix)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var parameters = new List<(string, string)>();
        var parts = new List<string>();
        if (selector.Keys.Count > 0)
        {
            var names = selector.Keys.Select((key, i) =>
            {
                var name = $"{prefix}k{i}";
                parameters.Add((name, key));
                return name;
            }).ToList();
            parts.Add($"{column} IN ({string.Join(", ", names)})");
        }

        var p = 0;
        foreach (var start in selector.Prefixes)
        {
            var low = $"{prefix}p{p}";
            var high = $"{prefix}q{p++}";
            parameters.Add((low, start));
            parameters.Add((high, start + Highest));
            parts.Add($"({column} >= {low} AND {column} < {high})");
        }

        return (parts.Count == 0 ? "FALSE" : "(" + string.Join(" OR ", parts) + ")", parameters);
    }
}
