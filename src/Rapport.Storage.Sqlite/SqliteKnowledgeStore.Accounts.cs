using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Rapport.Storage.Sqlite;

/// <summary>The accounts part of the SQLite store (<see cref="IAccountStore"/>): tables <c>users</c> and <c>api_tokens</c>.</summary>
public sealed partial class SqliteKnowledgeStore
{
    private const string UserColumns = "name, role, password_hash, created_at, disabled";

    private const string TokenColumns = "t.id, u.name, t.secret_hash, t.label, t.created_at, t.revoked_at";

    /// <inheritdoc />
    public async Task AddUserAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(user.Name, nameof(user));
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();

        // DO NOTHING rather than catching the constraint error: the outcome is the same on every backend and needs no error-code parsing.
        command.CommandText = """
            INSERT INTO users (name_key, name, role, password_hash, created_at, disabled) VALUES ($key, $name, $role, $hash, $at, $disabled)
            ON CONFLICT (name_key) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$key", UserAccount.KeyOf(user.Name));
        command.Parameters.AddWithValue("$name", user.Name);
        command.Parameters.AddWithValue("$role", RoleNames.ToText(user.Role));
        command.Parameters.AddWithValue("$hash", user.PasswordHash);
        command.Parameters.AddWithValue("$at", Timestamp(user.CreatedAt));
        command.Parameters.AddWithValue("$disabled", user.Disabled ? 1 : 0);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new StoreException($"a user named '{user.Name}' already exists (names do not depend on case)");
        }
    }

    /// <inheritdoc />
    public async Task<UserAccount?> GetUserAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var users = await QueryUsersAsync("WHERE name_key = $key", UserAccount.KeyOf(name), cancellationToken).ConfigureAwait(false);
        return users.Count == 0 ? null : users[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default) =>
        QueryUsersAsync("ORDER BY name_key", null, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetUserRoleAsync(string name, Role role, CancellationToken cancellationToken = default) =>
        UpdateUserAsync(name, "role = $value", RoleNames.ToText(role), cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetPasswordHashAsync(string name, string passwordHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        return UpdateUserAsync(name, "password_hash = $value", passwordHash, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> DisableUserAsync(string name, CancellationToken cancellationToken = default) =>
        UpdateUserAsync(name, "disabled = $value", 1, cancellationToken);

    /// <inheritdoc />
    public async Task AddTokenAsync(ApiToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentException.ThrowIfNullOrEmpty(token.Id, nameof(token));
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();

        // Taking the user key from the users row means a token can only be added for an existing user; the WHERE
        // clause also resolves SQLite's INSERT … SELECT … ON CONFLICT parsing ambiguity.
        command.CommandText = """
            INSERT INTO api_tokens (id, user_key, secret_hash, label, created_at, revoked_at)
            SELECT $id, name_key, $hash, $label, $at, $revoked FROM users WHERE name_key = $user
            ON CONFLICT (id) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$id", token.Id);
        command.Parameters.AddWithValue("$user", UserAccount.KeyOf(token.User));
        command.Parameters.AddWithValue("$hash", token.SecretHash);
        command.Parameters.AddWithValue("$label", token.Label);
        command.Parameters.AddWithValue("$at", Timestamp(token.CreatedAt));
        command.Parameters.AddWithValue("$revoked", token.RevokedAt is { } revoked ? Timestamp(revoked) : DBNull.Value);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw await GetUserAsync(token.User, cancellationToken).ConfigureAwait(false) is null
                ? new StoreException($"no user named '{token.User}'")
                : new StoreException($"a token with id '{token.Id}' already exists");
        }
    }

    /// <inheritdoc />
    public async Task<ApiToken?> FindTokenAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var tokens = await QueryTokensAsync("WHERE t.id = $value", id, cancellationToken).ConfigureAwait(false);
        return tokens.Count == 0 ? null : tokens[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ApiToken>> ListTokensAsync(string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return QueryTokensAsync("WHERE t.user_key = $value ORDER BY t.created_at, t.id", UserAccount.KeyOf(user), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> RevokeTokenAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_tokens SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL;";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$at", Timestamp(at));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    // Timestamps are UTC round-trip text, so they sort as text in the order of time (created_at orders tokens).
    private static string Timestamp(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private async Task<bool> UpdateUserAsync(string name, string assignment, object value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE users SET {assignment} WHERE name_key = $key;";
        command.Parameters.AddWithValue("$key", UserAccount.KeyOf(name));
        command.Parameters.AddWithValue("$value", value);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private async Task<IReadOnlyList<UserAccount>> QueryUsersAsync(string tail, string? key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {UserColumns} FROM users {tail};";
        if (key is not null)
        {
            command.Parameters.AddWithValue("$key", key);
        }

        var users = new List<UserAccount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(new UserAccount(
                reader.GetString(0),
                RoleNames.Parse(reader.GetString(1)),
                reader.GetString(2),
                ParseTimestamp(reader.GetString(3)),
                reader.GetInt64(4) != 0));
        }

        return users;
    }

    private async Task<IReadOnlyList<ApiToken>> QueryTokensAsync(string tail, string value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {TokenColumns} FROM api_tokens t JOIN users u ON u.name_key = t.user_key {tail};";
        command.Parameters.AddWithValue("$value", value);
        var tokens = new List<ApiToken>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tokens.Add(new ApiToken(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                ParseTimestamp(reader.GetString(4)),
                reader.IsDBNull(5) ? null : ParseTimestamp(reader.GetString(5))));
        }

        return tokens;
    }
}
