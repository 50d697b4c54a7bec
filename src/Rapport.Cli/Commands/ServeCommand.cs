using System.ComponentModel;
using Microsoft.Extensions.Hosting;
using Rapport.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport serve</c>: the web application and API over the knowledge base, for a team.</summary>
[Description("Start the web application and the /api/v1 API (sign in with an account made by 'rapport users add').")]
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    /// <summary>Options of <c>rapport serve</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Where to listen.</summary>
        [CommandOption("--urls <URLS>")]
        [Description("Addresses to listen on (default http://127.0.0.1:5080, loopback only)")]
        public string Urls { get; init; } = ServerOptions.DefaultUrls;

        /// <summary>Where to keep the keys that protect sign-in cookies.</summary>
        [CommandOption("--keys <DIR>")]
        [Description("Folder for the keys that protect sign-in cookies (default: sessions end when the server stops)")]
        public string? Keys { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Urls.Split(';').All(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                ? base.Validate()
                : ValidationResult.Error($"--urls must be http:// or https:// addresses separated by ';', not '{Urls}'");
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new ServerOptions(settings.Urls, settings.Location) { KeyDirectory = settings.Keys };
        await using var app = await RapportServer.BuildAsync(options, cancellationToken).ConfigureAwait(false);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        Terminal.Line($"serving on {settings.Urls} — press Ctrl+C to stop");

        // Stops on Ctrl+C (the CLI's token) and on SIGTERM (the host's lifetime), so a service manager can stop it.
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
