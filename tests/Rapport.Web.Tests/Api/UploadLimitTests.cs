using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Services;
using Rapport.Services.Accounts;
using Rapport.Storage;

namespace Rapport.Web.Tests.Api;

/// <summary>Uploads past <see cref="ServerOptions.MaxUploadBytes"/> are refused with a 413 problem, before anything is stored.</summary>
public sealed class UploadLimitTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rapport-web-limit-").FullName;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await RapportServer.BuildAsync(new ServerOptions("http://127.0.0.1:0", new SqliteStoreLocation(Path.Combine(_folder, "kb.db"))) { MaxUploadBytes = 4096 });
        var accounts = _app.Services.GetRequiredService<AccountService>();
        await accounts.AddUserAsync("analyst", Role.Analyst, WebServer.Password);
        var token = (await accounts.IssueTokenAsync("analyst", "tests")).Plaintext;
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
        _client.DefaultRequestHeaders.Authorization = new("Bearer", token);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    [Fact]
    public async Task A_file_over_the_limit_is_a_413_problem_and_stores_nothing()
    {
        using var form = ApiEndpoints.Upload("big.txt", new string('x', 8192));
        var response = await _client.PostAsync("api/v1/documents", form);
        var documents = await _client.GetStringAsync("api/v1/documents");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"total\":0", documents, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_a_415_problem()
    {
        var response = await _client.PostAsync("api/v1/documents", new StringContent("just text"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
