using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Rapport.Storage.Postgres;

/// <summary>
/// Turns a <see cref="SearchQuery"/> into a tsquery expression whose every piece of user text is a parameter,
/// so no input can change the SQL or be a tsquery syntax error.
/// </summary>
internal static class TsQuery
{
    /// <summary>The text search configuration used both to index and to query; they must agree or stems will not match.</summary>
    public const string Configuration = "'english'::regconfig";

    /// <summary>
    /// An SQL expression of type tsquery that requires every term, and the parameters it uses;
    /// null when no term has a word left after sanitising.
    /// </summary>
    public static (string Sql, IReadOnlyList<NpgsqlParameter> Parameters)? From(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        var parameters = new List<NpgsqlParameter>();

        // A repeated term adds nothing to a conjunction but a parameter; dropping repeats keeps hostile input
        // ("qods qods qods …") far from the protocol's limit of 65,535 parameters.
        var seen = new HashSet<(string, bool)>();
        foreach (var term in query.Terms)
        {
            var words = term.Words.Select(Sanitise).Where(w => w.Length > 0).ToList();
            if (words.Count == 0 || !seen.Add((string.Join(' ', words), term.IsPrefix)))
            {
                continue;
            }

            var name = "t" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            if (term.IsPrefix)
            {
                // to_tsquery reads operators, so its input is built only from sanitised letters and digits
                // plus the operators we add: "<->" between words of a phrase, ":*" on the last one.
                parameters.Add(Text(name, string.Join(" <-> ", words) + ":*"));
                parts.Add($"to_tsquery({Configuration}, @{name})");
            }
            else if (words.Count > 1)
            {
                parameters.Add(Text(name, string.Join(' ', words)));
                parts.Add($"phraseto_tsquery({Configuration}, @{name})");
            }
            else
            {
                parameters.Add(Text(name, words[0]));
                parts.Add($"plainto_tsquery({Configuration}, @{name})");
            }
        }

        return parts.Count == 0 ? null : ("(" + string.Join(" && ", parts) + ")", parameters);
    }

    // SearchQuery already keeps only letters and digits; checking again here means this class is safe on its own,
    // whoever builds the terms.
    private static string Sanitise(string word)
    {
        var clean = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static NpgsqlParameter Text(string name, string value) => new(name, NpgsqlDbType.Text) { Value = value };
}
