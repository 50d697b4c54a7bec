using Rapport.Services.Accounts;
using Rapport.Storage;
using Rapport.Web.Security;

namespace Rapport.Web.Api;

/// <summary><c>/api/v1/users</c> and <c>/api/v1/tokens</c>: accounts and API tokens (admin only).</summary>
public static class UsersApi
{
    /// <summary>An account; its password hash is never sent.</summary>
    public sealed record UserItem(string Name, string Role, DateTimeOffset CreatedAt, bool Disabled);

    /// <summary>A new account.</summary>
    public sealed record NewUser(string? Name, string? Role, string? Password);

    /// <summary>A new token's label (what script or machine holds it).</summary>
    public sealed record NewToken(string? Label);

    /// <summary>A token; its secret is never sent again after it is issued.</summary>
    public sealed record TokenItem(string Id, string User, string Label, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

    /// <summary>A token just issued: the plaintext is shown this once and cannot be recovered.</summary>
    public sealed record IssuedTokenItem(string Id, string User, string Label, DateTimeOffset CreatedAt, string Token);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var admin = api.MapGroup(string.Empty).WithTags("Accounts").RequireAuthorization(Policies.Admin);
        admin.MapGet("/users", ListAsync).WithName("ListUsers").WithSummary("Every account (admin)");
        admin.MapPost("/users", AddAsync).WithName("AddUser").WithSummary("Create an account: name, role (viewer, analyst, admin), password (admin)");
        admin.MapGet("/users/{name}/tokens", TokensAsync).WithName("ListTokens").WithSummary("A user's API tokens, without their secrets (admin)");
        admin.MapPost("/users/{name}/tokens", IssueAsync).WithName("IssueToken").WithSummary("Issue an API token for a user; the plaintext is returned this once (admin)");
        admin.MapDelete("/tokens/{id}", RevokeAsync).WithName("RevokeToken").WithSummary("Revoke an API token by its id (admin)");
        return api;
    }

    private static async Task<IReadOnlyList<UserItem>> ListAsync(AccountService accounts, CancellationToken cancellationToken) =>
        (await accounts.ListUsersAsync(cancellationToken).ConfigureAwait(false)).Select(Item).ToList();

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Created<UserItem>> AddAsync(AccountService accounts, NewUser body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!RoleNames.TryParse(body.Role, out var role))
        {
            throw new BadHttpRequestException($"role must be {string.Join(", ", RoleNames.All)}, not '{body.Role}'");
        }

        var user = await accounts.AddUserAsync(ApiInput.Required(body.Name, "name"), role, body.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/users/{Uri.EscapeDataString(user.Name)}", Item(user));
    }

    private static async Task<IReadOnlyList<TokenItem>> TokensAsync(AccountService accounts, string name, CancellationToken cancellationToken)
    {
        await RequireUserAsync(accounts, name, cancellationToken).ConfigureAwait(false);
        return (await accounts.ListTokensAsync(name, cancellationToken).ConfigureAwait(false)).Select(Token).ToList();
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Created<IssuedTokenItem>> IssueAsync(AccountService accounts, string name, NewToken body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        await RequireUserAsync(accounts, name, cancellationToken).ConfigureAwait(false);
        var issued = await accounts.IssueTokenAsync(name, body.Label ?? string.Empty, cancellationToken).ConfigureAwait(false);
        var t = issued.Token;
        return TypedResults.Created($"/api/v1/users/{Uri.EscapeDataString(t.User)}/tokens", new IssuedTokenItem(t.Id, t.User, t.Label, t.CreatedAt, issued.Plaintext));
    }

    private static async Task<TokenItem> RevokeAsync(IKnowledgeStore store, AccountService accounts, string id, CancellationToken cancellationToken)
    {
        var key = id.Trim().ToLowerInvariant();
        if (!ApiTokenFormat.IsId(key))
        {
            throw new BadHttpRequestException($"a token id is {ApiTokenFormat.IdLength} characters a-z and 2-7");
        }

        if (await store.FindTokenAsync(key, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new NotFoundException($"no token with id '{key}'");
        }

        return Token(await accounts.RevokeTokenAsync(key, cancellationToken).ConfigureAwait(false));
    }

    private static async Task RequireUserAsync(AccountService accounts, string name, CancellationToken cancellationToken)
    {
        var users = await accounts.ListUsersAsync(cancellationToken).ConfigureAwait(false);
        if (!users.Any(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new NotFoundException($"no user named '{name}'");
        }
    }

    private static UserItem Item(UserAccount u) => new(u.Name, RoleNames.ToText(u.Role), u.CreatedAt, u.Disabled);

    private static TokenItem Token(ApiToken t) => new(t.Id, t.User, t.Label, t.CreatedAt, t.RevokedAt);
}
