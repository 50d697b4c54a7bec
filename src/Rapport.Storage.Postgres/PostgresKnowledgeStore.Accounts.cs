using Npgsql;
using NpgsqlTypes;

namespace Rapport.Storage.Postgres;

/// <summary>The accounts part of the PostgreSQL store (<see cref="IAccountStore"/>): tables <c>users</c> and <c>api_tokens</c>.</summary>
public sealed partial class PostgresKnowledgeStore
{
    private const string UserColumns = "name, role, password_hash, created_at, disabled";

    private const string TokenColumns = "t.id, u.name, t.secret_hash, t.label, t.created_at, t.revoked_at";

    /// <inheritdoc />
    public async Task AddUserAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(user.Name, nameof(user));
        RefuseNul(user.Name, "user name");

        // DO NOTHING rather than catching the constraint error: the outcome is the same on every backend, and a
        // concurrent insert of the same name waits for the other and then does nothing.
        await using var command = _dataSource.CreateCommand(
            """
            INSERT INTO users (name_key, name, role, password_hash, created_at, disabled) VALUES (@key, @name, @role, @hash, @at, @disabled)
            ON CONFLICT (name_key) DO NOTHING;
            """);
        command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = UserAccount.KeyOf(user.Name) });
        command.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = user.Name });
        command.Parameters.Add(new NpgsqlParameter("role", NpgsqlDbType.Text) { Value = RoleNames.ToText(user.Role) });
        command.Parameters.Add(new NpgsqlParameter("hash", NpgsqlDbType.Text) { Value = user.PasswordHash });
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = user.CreatedAt.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter("disabled", NpgsqlDbType.Boolean) { Value = user.Disabled });
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new StoreException($"a user named '{user.Name}' already exists (names do not depend on case)");
        }
    }

    /// <inheritdoc />
    public async Task<UserAccount?> GetUserAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var users = await QueryUsersAsync("WHERE name_key = @key", UserAccount.KeyOf(name), cancellationToken).ConfigureAwait(false);
        return users.Count == 0 ? null : users[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default) =>
        QueryUsersAsync("ORDER BY name_key", null, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetUserRoleAsync(string name, Role role, CancellationToken cancellationToken = default) =>
        UpdateUserAsync(name, "role = @value", new NpgsqlParameter("value", NpgsqlDbType.Text) { Value = RoleNames.ToText(role) }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetPasswordHashAsync(string name, string passwordHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        return UpdateUserAsync(name, "password_hash = @value", new NpgsqlParameter("value", NpgsqlDbType.Text) { Value = passwordHash }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> DisableUserAsync(string name, CancellationToken cancellationToken = default) =>
        UpdateUserAsync(name, "disabled = @value", new NpgsqlParameter("value", NpgsqlDbType.Boolean) { Value = true }, cancellationToken);

    /// <inheritdoc />
    public async Task AddTokenAsync(ApiToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentException.ThrowIfNullOrEmpty(token.Id, nameof(token));
        RefuseNul(token.Label, "token label");

        // Taking the user key from the users row means a token can only be added for an existing user.
        await using var command = _dataSource.CreateCommand(
            """
            INSERT INTO api_tokens (id, user_key, secret_hash, label, created_at, revoked_at)
            SELECT @id, name_key, @hash, @label, @at, @revoked FROM users WHERE name_key = @user
            ON CONFLICT (id) DO NOTHING;
            """);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = token.Id });
        command.Parameters.Add(new NpgsqlParameter("user", NpgsqlDbType.Text) { Value = UserAccount.KeyOf(token.User) });
        command.Parameters.Add(new NpgsqlParameter("hash", NpgsqlDbType.Text) { Value = token.SecretHash });
        command.Parameters.Add(new NpgsqlParameter("label", NpgsqlDbType.Text) { Value = token.Label });
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = token.CreatedAt.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter("revoked", NpgsqlDbType.TimestampTz) { Value = token.RevokedAt is { } revoked ? revoked.ToUniversalTime() : DBNull.Value });
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
        var tokens = await QueryTokensAsync("WHERE t.id = @value", id, cancellationToken).ConfigureAwait(false);
        return tokens.Count == 0 ? null : tokens[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ApiToken>> ListTokensAsync(string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return QueryTokensAsync("WHERE t.user_key = @value ORDER BY t.created_at, t.id", UserAccount.KeyOf(user), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> RevokeTokenAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var command = _dataSource.CreateCommand("UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL;");
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = id });
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = at.ToUniversalTime() });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    // PostgreSQL text cannot hold U+0000; say so plainly instead of passing on the server's encoding error.
    private static void RefuseNul(string value, string what)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new StoreException($"the {what} contains a NUL character, which PostgreSQL cannot store");
        }
    }

    private async Task<bool> UpdateUserAsync(string name, string assignment, NpgsqlParameter value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var command = _dataSource.CreateCommand($"UPDATE users SET {assignment} WHERE name_key = @key;");
        command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = UserAccount.KeyOf(name) });
        command.Parameters.Add(value);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private async Task<IReadOnlyList<UserAccount>> QueryUsersAsync(string tail, string? key, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {UserColumns} FROM users {tail};");
        if (key is not null)
        {
            command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = key });
        }

        var users = new List<UserAccount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(new UserAccount(
                reader.GetString(0),
                RoleNames.Parse(reader.GetString(1)),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetBoolean(4)));
        }

        return users;
    }

    private async Task<IReadOnlyList<ApiToken>> QueryTokensAsync(string tail, string value, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {TokenColumns} FROM api_tokens t JOIN users u ON u.name_key = t.user_key {tail};");
        command.Parameters.Add(new NpgsqlParameter("value", NpgsqlDbType.Text) { Value = value });
        var tokens = new List<ApiToken>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tokens.Add(new ApiToken(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return tokens;
    }
}
