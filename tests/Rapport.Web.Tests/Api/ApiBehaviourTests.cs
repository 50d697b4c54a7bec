using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rapport.Testing;

namespace Rapport.Web.Tests.Api;

/// <summary>What the endpoints answer, over SQLite and PostgreSQL: paging, filters, and that writes show in later reads.</summary>
public abstract class ApiBehaviourTests(IBackend backend) : IAsyncLifetime
{
    private WebServer? _server;

    private WebServer Server => _server ?? throw new InvalidOperationException("started in each test");

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Lists_page_and_refuse_bad_paging_with_problem_details()
    {
        _server = await backend.StartAsync();
        var viewer = Server.Client("viewer");

        var all = await JsonAsync(viewer, "api/v1/actors?limit=500");
        var page = await JsonAsync(viewer, "api/v1/actors?offset=1&limit=2");
        var tooBig = await viewer.GetAsync("api/v1/actors?limit=501");
        var negative = await viewer.GetAsync("api/v1/statements?offset=-1");

        var keys = Keys(all.GetProperty("items"));
        Assert.True(keys.Count >= 3, "the reference report names several actors");
        Assert.Equal(keys.Skip(1).Take(2), Keys(page.GetProperty("items")));
        Assert.Equal(1, page.GetProperty("offset").GetInt32());
        Assert.Equal(2, page.GetProperty("limit").GetInt32());
        Assert.Equal(keys.Count, page.GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal("application/problem+json", tooBig.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
    }

    [SkippableFact]
    public async Task An_actor_is_found_by_a_key_with_a_slash_escaped_or_not_and_by_its_name()
    {
        _server = await backend.StartAsync();
        var viewer = Server.Client("viewer");
        var actors = (await JsonAsync(viewer, "api/v1/actors?limit=500")).GetProperty("items").EnumerateArray().ToList();
        var person = actors.First(a => a.GetProperty("key").GetString()!.Contains('/', StringComparison.Ordinal));
        var key = person.GetProperty("key").GetString()!;

        var plain = await JsonAsync(viewer, $"api/v1/actors/{key}");
        var escaped = await JsonAsync(viewer, $"api/v1/actors/{Uri.EscapeDataString(key)}");
        var byName = await JsonAsync(viewer, "api/v1/actors/Hamas");
        var missing = await viewer.GetAsync("api/v1/actors/person/no-such-person");
        var list = await JsonAsync(viewer, "api/v1/actors/?limit=1");

        Assert.Equal(key, plain.GetProperty("key").GetString());
        Assert.Equal(key, escaped.GetProperty("key").GetString());
        Assert.Equal("hamas", byName.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, list.GetProperty("items").GetArrayLength());
    }

    [SkippableFact]
    public async Task Statements_and_meetings_filter_by_actor_period_and_text()
    {
        _server = await backend.StartAsync();
        var viewer = Server.Client("viewer");

        var statements = (await JsonAsync(viewer, "api/v1/statements?limit=500")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(statements);
        var speaker = statements[0].GetProperty("sideA")[0].GetProperty("key").GetString()!;
        var byActor = (await JsonAsync(viewer, $"api/v1/statements?limit=500&actor={Uri.EscapeDataString(speaker)}")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(byActor);
        Assert.All(byActor, s => Assert.Contains(speaker, s.GetProperty("sideA").EnumerateArray().Concat(s.GetProperty("sideB").EnumerateArray()).Select(a => a.GetProperty("key").GetString())));

        var dated = statements.First(s => s.GetProperty("date").ValueKind == JsonValueKind.String);
        var year = dated.GetProperty("date").GetString()![..4];
        var inYear = (await JsonAsync(viewer, $"api/v1/statements?limit=500&from={year}-01&to={year}-12")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(inYear);
        Assert.All(inYear, s => Assert.StartsWith(year, s.GetProperty("date").GetString(), StringComparison.Ordinal));

        var word = dated.GetProperty("text").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();
        var byText = (await JsonAsync(viewer, $"api/v1/statements?limit=500&q={Uri.EscapeDataString(word)}")).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(byText, s => s.GetProperty("reference").GetString() == dated.GetProperty("reference").GetString());
        Assert.True(byText.Count <= statements.Count);

        var meetings = await JsonAsync(viewer, "api/v1/meetings?limit=500");
        Assert.All(meetings.GetProperty("items").EnumerateArray(), m => Assert.NotEqual("statement", m.GetProperty("kind").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync("api/v1/statements?actor=zzz-no-such-actor")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync("api/v1/meetings?from=June")).StatusCode);

        var support = await JsonAsync(viewer, "api/v1/support");
        var assessments = await JsonAsync(viewer, "api/v1/assessments");
        Assert.True(support.GetProperty("total").GetInt64() > 0);
        Assert.True(assessments.GetProperty("total").GetInt64() > 0);
    }

    [SkippableFact]
    public async Task A_merge_decision_shows_in_the_registry_and_a_grade_in_the_sources()
    {
        _server = await backend.StartAsync();
        var viewer = Server.Client("viewer");
        var analyst = Server.Client("analyst");
        var keys = Keys((await JsonAsync(viewer, "api/v1/actors?limit=500")).GetProperty("items"));
        var (a, b) = (keys[^1], keys[^2]);

        var decided = await analyst.PostAsJsonAsync("api/v1/actors/decisions", new { kind = "merge", a, b, why = "same person" });
        var merged = await JsonAsync(viewer, $"api/v1/actors/{b}");
        var graded = await analyst.PutAsJsonAsync("api/v1/sources/Test%20Outlet/grade", new { grade = "B" });
        var sources = await JsonAsync(viewer, "api/v1/sources?q=test%20outlet");
        var badGrade = await analyst.PutAsJsonAsync("api/v1/sources/Test%20Outlet/grade", new { grade = "Z" });

        Assert.Equal(HttpStatusCode.Created, decided.StatusCode);
        var decision = JsonDocument.Parse(await decided.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("analyst", decision.GetProperty("who").GetString());
        var mergedKeys = merged.GetProperty("keys").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Contains(a, mergedKeys);
        Assert.Contains(b, mergedKeys);
        Assert.Equal(HttpStatusCode.OK, graded.StatusCode);
        var source = Assert.Single(sources.GetProperty("items").EnumerateArray());
        Assert.Equal("B", source.GetProperty("grade").GetString());
        Assert.True(source.GetProperty("graded").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, badGrade.StatusCode);
    }

    [SkippableFact]
    public async Task An_upload_adds_a_document_and_a_brief_downloads_with_its_content_type()
    {
        _server = await backend.StartAsync();
        var analyst = Server.Client("analyst");
        var before = (await JsonAsync(analyst, "api/v1/documents")).GetProperty("total").GetInt64();

        using var form = ApiEndpoints.Upload("upload-test.txt", "Upload test. On 3 March 2018 Ismail Haniyeh met Qassem Soleimani in Tehran, according to Al-Mayadeen.");
        var upload = await analyst.PostAsync("api/v1/documents", form);
        var body = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var id = Assert.Single(body.GetProperty("added").EnumerateArray()).GetString()!;
        Assert.Equal(before + 1, (await JsonAsync(analyst, "api/v1/documents")).GetProperty("total").GetInt64());
        Assert.Contains("Haniyeh", (await JsonAsync(analyst, $"api/v1/documents/{id}")).GetProperty("text").GetString(), StringComparison.Ordinal);

        using var again = ApiEndpoints.Upload("upload-test.txt", "Upload test. On 3 March 2018 Ismail Haniyeh met Qassem Soleimani in Tehran, according to Al-Mayadeen.");
        var second = JsonDocument.Parse(await (await analyst.PostAsync("api/v1/documents", again)).Content.ReadAsStringAsync()).RootElement;
        Assert.Empty(second.GetProperty("added").EnumerateArray());
        Assert.Equal(id, Assert.Single(second.GetProperty("alreadyPresent").EnumerateArray()).GetString());

        using var exe = ApiEndpoints.Upload("tool.exe", "MZ");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await analyst.PostAsync("api/v1/documents", exe)).StatusCode);

        var markdown = await analyst.PostAsJsonAsync("api/v1/briefs", new { a = "Iran", b = "Hamas", format = "md" });
        var pdf = await analyst.PostAsJsonAsync("api/v1/briefs", new { a = "Iran", b = "Hamas", from = "2017-01", to = "2018-12", format = "pdf" });
        var unknown = await analyst.PostAsJsonAsync("api/v1/briefs", new { a = "Iran", b = "Hamas", format = "odt" });

        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("brief.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar ?? pdf.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [SkippableFact]
    public async Task Network_and_hypotheses_answer_in_their_formats()
    {
        _server = await backend.StartAsync();
        var viewer = Server.Client("viewer");
        var analyst = Server.Client("analyst");

        var json = await JsonAsync(viewer, "api/v1/network?from=2014-01&to=2019-12");
        var graphml = await viewer.GetAsync("api/v1/network?format=graphml");
        var gexf = await viewer.GetAsync("api/v1/network?format=gexf");
        var bad = await viewer.GetAsync("api/v1/network?format=dot");
        var matrix = await analyst.PostAsync("api/v1/hypotheses", ApiEndpoints.Hypotheses());
        var broken = await analyst.PostAsync("api/v1/hypotheses", new StringContent("hypotheses: [", System.Text.Encoding.UTF8, "application/yaml"));

        Assert.NotEmpty(json.GetProperty("nodes").EnumerateArray());
        Assert.Equal("application/graphml+xml", graphml.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<graphml", await graphml.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/gexf+xml", gexf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, matrix.StatusCode);
        var report = JsonDocument.Parse(await matrix.Content.ReadAsStringAsync()).RootElement;
        Assert.True(report.GetProperty("hypotheses").GetArrayLength() >= 2);
        Assert.Equal(report.GetProperty("hypotheses").GetArrayLength(), report.GetProperty("ranking").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task An_admin_creates_a_user_issues_a_token_and_revokes_it()
    {
        _server = await backend.StartAsync();
        var admin = Server.Client("admin");

        var created = await admin.PostAsJsonAsync("api/v1/users", new { name = "reader", role = "viewer", password = WebServer.Password });
        var duplicate = await admin.PostAsJsonAsync("api/v1/users", new { name = "READER", role = "viewer", password = WebServer.Password });
        var issued = await admin.PostAsJsonAsync("api/v1/users/reader/tokens", new { label = "script" });
        var token = JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement;
        using var reader = new HttpClient { BaseAddress = Server.Address };
        reader.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("token").GetString());
        var before = await reader.GetAsync("api/v1/documents");
        var revoked = await admin.DeleteAsync($"api/v1/tokens/{token.GetProperty("id").GetString()}");
        var after = await reader.GetAsync("api/v1/documents");
        var users = await admin.GetStringAsync("api/v1/users");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("\"reader\"", users, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", users, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("api/v1/users/nobody/tokens", new { label = "x" })).StatusCode);
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static List<string> Keys(JsonElement items) => items.EnumerateArray().Select(i => i.GetProperty("key").GetString()!).ToList();
}

/// <summary>The behaviour over SQLite.</summary>
public sealed class SqliteApiBehaviourTests() : ApiBehaviourTests(new SqliteBackend());

/// <summary>The behaviour over PostgreSQL.</summary>
[Collection(WebPostgresCollection.Name)]
public sealed class PostgresApiBehaviourTests(PostgresServerFixture fixture) : ApiBehaviourTests(new PostgresBackend(fixture));
