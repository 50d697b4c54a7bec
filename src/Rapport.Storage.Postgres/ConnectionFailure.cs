using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace Rapport.Storage.Postgres;

/// <summary>
/// Turns the ways a connection can fail into one-line <see cref="StoreException"/>s that never echo the password:
/// these messages end up on terminals, in logs and in bug reports.
/// </summary>
internal static partial class ConnectionFailure
{
    /// <summary>A connection string Npgsql could not parse.</summary>
    public static StoreException BadConnectionString(string connectionString, ArgumentException ex) =>
        new($"the PostgreSQL connection string is not valid ({Redact(OneLine(ex.Message), connectionString)})", ex);

    /// <summary>A failure to reach or log in to the server, or a query that failed while opening the store.</summary>
    public static StoreException CannotOpen(string location, string connectionString, Exception ex)
    {
        var reason = ex switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } pg =>
                $"the server refused the login: {pg.MessageText}",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
                "the database does not exist; create it first, for example with createdb",
            PostgresException pg => $"{pg.SqlState}: {pg.MessageText}",
            NpgsqlException { InnerException: SocketException socket } =>
                $"no server answered: {socket.Message}",
            NpgsqlException { InnerException: TimeoutException } =>
                "no server answered before the timeout",
            _ => ex.Message,
        };

        return new StoreException($"cannot open {location} ({Redact(OneLine(reason), connectionString)})", ex);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    // Npgsql's messages do not include the password today; this guards against one that someday does,
    // and against a parse error that quotes the offending part of the string.
    private static string Redact(string message, string connectionString)
    {
        foreach (Match match in PasswordPattern().Matches(connectionString))
        {
            var password = match.Groups["value"].Value.Trim().Trim('\'', '"');
            if (password.Length > 0)
            {
                message = message.Replace(password, "***", StringComparison.Ordinal);
            }
        }

        return message;
    }

    [GeneratedRegex(@"(?:password|pwd)\s*=\s*(?<value>'[^']*'|""[^""]*""|[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordPattern();
}
