using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Rapport.Documents;
using Rapport.Services;
using Rapport.Services.Accounts;
using Rapport.Storage;
using Rapport.Testing;

namespace Rapport.Web.Tests;

/// <summary>
/// A real Rapport server on a free loopback port over a real store (SQLite in a temp folder, or a fresh database on
/// the test PostgreSQL server), with the reference report ingested and one account and one API token per role.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    /// <summary>Every account's password (long enough for the account rules).</summary>
    public const string Password = "correct horse battery staple";

    private readonly WebApplication _app;
    private readonly string _folder;

    private WebServer(WebApplication app, string folder, Uri address, IReadOnlyDictionary<string, string> tokens, IKnowledgeStore store)
    {
        _app = app;
        _folder = folder;
        Address = address;
        Tokens = tokens;
        Store = store;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>An API token per role name (viewer, analyst, admin); the user of each is named after the role.</summary>
    public IReadOnlyDictionary<string, string> Tokens { get; }

    /// <summary>The store the server serves.</summary>
    public IKnowledgeStore Store { get; }

    /// <summary>Starts a server over <paramref name="store"/>; <c>null</c> for a fresh SQLite file.</summary>
    public static async Task<WebServer> StartAsync(StoreLocation? store = null)
    {
        var folder = Directory.CreateTempSubdirectory("rapport-web-").FullName;
        var location = store ?? new SqliteStoreLocation(Path.Combine(folder, "kb.db"));
        var app = await RapportServer.BuildAsync(new ServerOptions("http://127.0.0.1:0", location));
        var knowledge = app.Services.GetRequiredService<IKnowledgeStore>();
        await new IngestService(knowledge, new DocumentReader(), new FactExtraction())
            .IngestAsync([Path.Combine(RepoPaths.SharedDir, "corpus"), Path.Combine(AppContext.BaseDirectory, "Corpus")]);
        var accounts = app.Services.GetRequiredService<AccountService>();
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, role) in new[] { ("viewer", Role.Viewer), ("analyst", Role.Analyst), ("admin", Role.Admin) })
        {
            await accounts.AddUserAsync(name, role, Password);
            tokens[name] = (await accounts.IssueTokenAsync(name, "tests")).Plaintext;
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new WebServer(app, folder, new Uri(address.TrimEnd('/') + "/"), tokens, knowledge);
    }

    /// <summary>An HTTP client for the server, authenticated as <paramref name="role"/>'s token, or anonymous when null.</summary>
    public HttpClient Client(string? role = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens[role]);
        }

        return client;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still closing is left for the OS to clean; the test result does not depend on it.
        }
    }
}
