using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Rapport.Storage;

namespace Rapport.Services.Accounts;

/// <summary>
/// Users, passwords and API tokens over an <see cref="IAccountStore"/>: the one place that checks names, hashes
/// passwords and makes tokens, for the CLI today and the web server's sign-in and bearer authentication later.
/// </summary>
/// <remarks>
/// Passwords are hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted, with
/// its version and settings inside the hash, so stronger settings apply to old hashes at the next sign-in).
/// No message or exception of this class contains a password, a token or a hash.
/// </remarks>
public sealed class AccountService
{
    // Stands in for a missing user while a password is checked, so a wrong name costs the same time as a wrong password.
    private static readonly UserAccount Nobody = new(string.Empty, Role.Viewer, string.Empty, DateTimeOffset.UnixEpoch, Disabled: true);

    // What a token of an unknown id is compared with, so that case takes the same path as a wrong secret.
    private static readonly byte[] NoSecretHash = new byte[SHA256.HashSizeInBytes];

    private readonly IAccountStore _store;
    private readonly IPasswordHasher<UserAccount> _hasher;
    private readonly TimeProvider _time;
    private readonly Lazy<string> _decoyHash;

    /// <summary>Creates the service with Identity's default password hasher and the system clock.</summary>
    public AccountService(IAccountStore store)
        : this(store, new PasswordHasher<UserAccount>(), TimeProvider.System)
    {
    }

    /// <summary>Creates the service with a given password hasher and clock.</summary>
    public AccountService(IAccountStore store, IPasswordHasher<UserAccount> hasher, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _hasher = hasher;
        _time = time;
        _decoyHash = new Lazy<string>(() => _hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));
    }

    /// <summary>Creates a user with a password.</summary>
    /// <exception cref="UserErrorException">The name or password is not acceptable (<see cref="AccountRules"/>).</exception>
    /// <exception cref="StoreException">A user of that name, in any case, already exists.</exception>
    public async Task<UserAccount> AddUserAsync(string name, Role role, string password, CancellationToken cancellationToken = default)
    {
        AccountRules.CheckName(name);
        AccountRules.CheckPassword(password);

        // Checked before hashing only to answer fast; the store refuses a duplicate anyway, also under a race.
        if (await _store.GetUserAsync(name, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            throw new UserErrorException($"a user named '{existing.Name}' already exists (names do not depend on case)");
        }

        var user = new UserAccount(name, role, string.Empty, Now(), Disabled: false);
        user = user with { PasswordHash = _hasher.HashPassword(user, password) };
        await _store.AddUserAsync(user, cancellationToken).ConfigureAwait(false);
        return user;
    }

    /// <summary>Checks a user's password.</summary>
    /// <returns>The user, or null when the name is unknown, the password wrong or the user disabled; which of them is not said.</returns>
    /// <remarks>When the hasher asks for it, the password is hashed again with today's settings and the new hash stored.</remarks>
    public async Task<UserAccount?> VerifyAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        var user = AccountRules.IsValidName(name) ? await _store.GetUserAsync(name, cancellationToken).ConfigureAwait(false) : null;
        if (!AccountRules.IsPlausiblePassword(password))
        {
            return null;
        }

        if (user is null)
        {
            Verify(Nobody, _decoyHash.Value, password);
            return null;
        }

        var result = Verify(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed || user.Disabled)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var rehashed = _hasher.HashPassword(user, password);
            await _store.SetPasswordHashAsync(user.Name, rehashed, cancellationToken).ConfigureAwait(false);
            user = user with { PasswordHash = rehashed };
        }

        return user;
    }

    /// <summary>Every user, disabled ones included, by name.</summary>
    public Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default) =>
        _store.ListUsersAsync(cancellationToken);

    /// <summary>Changes a user's role.</summary>
    /// <returns>The user as now stored.</returns>
    /// <exception cref="UserErrorException">There is no such user, or the change would leave no active admin.</exception>
    public async Task<UserAccount> SetRoleAsync(string name, Role role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (role != Role.Admin)
        {
            await KeepAnAdminAsync(name, cancellationToken).ConfigureAwait(false);
        }

        if (!await _store.SetUserRoleAsync(name, role, cancellationToken).ConfigureAwait(false))
        {
            throw NoSuchUser(name);
        }

        return await RequireUserAsync(name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives a user a new password.</summary>
    /// <exception cref="UserErrorException">There is no such user, or the password is not acceptable.</exception>
    public async Task SetPasswordAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        AccountRules.CheckPassword(password);
        var user = await RequireUserAsync(name, cancellationToken).ConfigureAwait(false);
        await _store.SetPasswordHashAsync(user.Name, _hasher.HashPassword(user, password), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Disables a user: no more sign-ins, and their tokens stop working. Disabling a disabled user is harmless.</summary>
    /// <returns>The user as now stored.</returns>
    /// <exception cref="UserErrorException">There is no such user, or the user is the last active admin.</exception>
    public async Task<UserAccount> DisableAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await KeepAnAdminAsync(name, cancellationToken).ConfigureAwait(false);
        if (!await _store.DisableUserAsync(name, cancellationToken).ConfigureAwait(false))
        {
            throw NoSuchUser(name);
        }

        return await RequireUserAsync(name, cancellationToken).ConfigureAwait(false);
    }

    // Only an admin can manage users and tokens, so demoting or disabling the last active one would lock the team
    // out of its own server (the CLI could still repair it, but a web-only team could not).
    private async Task KeepAnAdminAsync(string name, CancellationToken cancellationToken)
    {
        var users = await _store.ListUsersAsync(cancellationToken).ConfigureAwait(false);
        var admins = users.Where(u => u.Role == Role.Admin && !u.Disabled).ToList();
        if (admins.Count == 1 && UserAccount.KeyOf(admins[0].Name) == UserAccount.KeyOf(name))
        {
            throw new UserErrorException($"'{admins[0].Name}' is the only active admin; make another user admin first");
        }
    }

    /// <summary>Issues an API token for a user.</summary>
    /// <returns>The stored token and its text; the text cannot be had again, so show it to the person at once.</returns>
    /// <exception cref="UserErrorException">There is no such user, the user is disabled, or the label is not acceptable.</exception>
    public async Task<IssuedToken> IssueTokenAsync(string user, string label, CancellationToken cancellationToken = default)
    {
        var cleanLabel = AccountRules.CheckLabel(label);
        var account = await RequireUserAsync(user, cancellationToken).ConfigureAwait(false);
        if (account.Disabled)
        {
            throw new UserErrorException($"user '{account.Name}' is disabled and cannot be given tokens");
        }

        var (id, secret) = ApiTokenFormat.Generate();
        var token = new ApiToken(id, account.Name, ApiTokenFormat.HashSecret(secret), cleanLabel, Now(), RevokedAt: null);
        await _store.AddTokenAsync(token, cancellationToken).ConfigureAwait(false);
        return new IssuedToken(token, ApiTokenFormat.Format(id, secret));
    }

    /// <summary>The user a bearer token acts for.</summary>
    /// <returns>The user, or null when the token is malformed, unknown, wrong, revoked, or its user disabled.</returns>
    public async Task<UserAccount?> AuthenticateTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!ApiTokenFormat.TryParse(token, out var id, out var secret))
        {
            return null;
        }

        var stored = await _store.FindTokenAsync(id, cancellationToken).ConfigureAwait(false);
        var expected = stored is not null && TryDecodeHash(stored.SecretHash, out var decoded) ? decoded : NoSecretHash;

        // Compared in fixed time, so the response time says nothing about how much of a forged secret was right.
        var matches = CryptographicOperations.FixedTimeEquals(ApiTokenFormat.HashSecretBytes(secret), expected);
        if (stored is null || !matches || !stored.IsActive)
        {
            return null;
        }

        var user = await _store.GetUserAsync(stored.User, cancellationToken).ConfigureAwait(false);
        return user is { Disabled: false } ? user : null;
    }

    /// <summary>A user's tokens, revoked ones included, oldest first.</summary>
    /// <exception cref="UserErrorException">There is no such user.</exception>
    public async Task<IReadOnlyList<ApiToken>> ListTokensAsync(string user, CancellationToken cancellationToken = default)
    {
        var account = await RequireUserAsync(user, cancellationToken).ConfigureAwait(false);
        return await _store.ListTokensAsync(account.Name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Revokes a token by its id. Revoking a revoked token changes nothing.</summary>
    /// <returns>The token as now stored, with the time it was first revoked.</returns>
    /// <exception cref="UserErrorException">There is no token with that id.</exception>
    public async Task<ApiToken> RevokeTokenAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);

        // Ids are lower-case; accept one typed in capitals, but never echo anything that is not an id.
        var key = id.Trim().ToLowerInvariant();
        if (!ApiTokenFormat.IsId(key))
        {
            throw new UserErrorException($"a token id is {ApiTokenFormat.IdLength} characters a-z and 2-7, as 'rapport tokens list' shows it");
        }

        await _store.RevokeTokenAsync(key, Now(), cancellationToken).ConfigureAwait(false);
        return await _store.FindTokenAsync(key, cancellationToken).ConfigureAwait(false)
            ?? throw new UserErrorException($"no token with id '{key}'");
    }

    private async Task<UserAccount> RequireUserAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return await _store.GetUserAsync(name, cancellationToken).ConfigureAwait(false) ?? throw NoSuchUser(name);
    }

    private static UserErrorException NoSuchUser(string name) =>
        new(AccountRules.IsValidName(name) ? $"no user named '{name}'" : "no such user (a user name is letters, digits, '.', '_' and '-')");

    private PasswordVerificationResult Verify(UserAccount user, string hash, string password)
    {
        try
        {
            return _hasher.VerifyHashedPassword(user, hash, password);
        }
        catch (FormatException)
        {
            // A hash that is not base64 was not written by us; it matches no password.
            return PasswordVerificationResult.Failed;
        }
    }

    private static bool TryDecodeHash(string hex, out byte[] hash)
    {
        hash = NoSecretHash;
        if (hex.Length != SHA256.HashSizeInBytes * 2)
        {
            return false;
        }

        try
        {
            hash = Convert.FromHexString(hex);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // PostgreSQL keeps microseconds; truncating here means the account returned equals the account stored, on every backend.
    private DateTimeOffset Now()
    {
        var now = _time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
