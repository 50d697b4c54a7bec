using Microsoft.Playwright;
using Rapport.Documents;
using Rapport.Services;
using Rapport.Testing;

namespace Rapport.Web.Tests.Browser;

/// <summary>
/// One real server (<see cref="WebServer"/>) and one headless Debian Chromium driven by Playwright, shared by the
/// browser tests. Playwright never downloads a browser here: it launches <c>/usr/bin/chromium</c>, and the tests skip
/// (loudly) only when that is absent — <c>scripts/ensure-browser.sh</c> installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The system Chromium the tests drive.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly Dictionary<string, string> _sessions = new(StringComparer.Ordinal);
    private IPlaywright? _playwright;

    /// <summary>Whether the system Chromium is here; when not, every browser test is skipped.</summary>
    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>The message a skipped browser test carries.</summary>
    public const string SkipReason = "BROWSER TESTS SKIPPED: /usr/bin/chromium is absent (run scripts/ensure-browser.sh)";

    /// <summary>The server under test.</summary>
    public WebServer Server { get; private set; } = null!;

    /// <summary>The browser, or null when Chromium is absent.</summary>
    public IBrowser? Browser { get; private set; }

    /// <summary>Where screenshots go: artifacts/screenshots at the repository root (gitignored).</summary>
    public static string ScreenshotDir => Path.Combine(RepoPaths.RepoRoot, "artifacts", "screenshots");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Server = await WebServer.StartAsync();
        if (!HasChromium)
        {
            return;
        }

        // The driver ships inside the NuGet package (with its own node); it must never fetch a browser.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    /// <summary>
    /// A fresh browser context and page signed in as <paramref name="user"/>. The first time for a user it signs in
    /// through the /signin form; later contexts reuse that session's cookies, because the sign-in form is
    /// rate-limited (a few requests a minute per address) and every test here comes from 127.0.0.1.
    /// </summary>
    /// <param name="user">The account (viewer, analyst or admin).</param>
    /// <param name="server">Another server than the shared one (always signed in afresh), or null.</param>
    public async Task<IPage> SignedInPageAsync(string user, WebServer? server = null)
    {
        string? state = null;
        if (server is null)
        {
            _sessions.TryGetValue(user, out state);
        }

        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (server ?? Server).Address.ToString(),
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            StorageState = state,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        if (state is null)
        {
            await page.GotoAsync("/signin");
            await page.FillAsync("input[name=Name]", user);
            await page.FillAsync("input[name=Password]", WebServer.Password);
            await page.ClickAsync("#sign-in");
            await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
            if (server is null)
            {
                _sessions[user] = await context.StorageStateAsync();
            }
        }

        return page;
    }

    /// <summary>Ingests one file into the server's store directly and returns the new document's id.</summary>
    public static async Task<string> IngestAsync(WebServer server, string file)
    {
        var seen = new Seen();
        var report = await new IngestService(server.Store, new DocumentReader(), new FactExtraction()).IngestAsync([file], seen);
        Assert.Equal(1, report.Added);
        return seen.Last!.DocumentId!.Value.Value;
    }

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/{name}.png.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Keeps the last progress report, synchronously (Progress&lt;T&gt; would post it later).</summary>
internal sealed class Seen : IProgress<IngestProgress>
{
    public IngestItem? Last { get; private set; }

    public void Report(IngestProgress value) => Last = value.Last;
}

/// <summary>The browser tests share one server and one browser, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}
