using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Rapport.Testing;

namespace Rapport.Bench;

/// <summary>
/// <c>bench web</c>: <c>rapport serve</c> over the reference corpus, loaded by <c>wrk</c> on loopback with a viewer's
/// bearer token; prints throughput, latency percentiles, non-2xx responses and the server's RSS over the run.
/// wrk and the server share the machine, so the figures are a floor, not the server's ceiling.
/// </summary>
internal static partial class WebBenchmark
{
    private const string Password = "correct horse battery staple";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = int.Parse(Option(args, "--seconds", "60"), CultureInfo.InvariantCulture);
        var connections = int.Parse(Option(args, "--connections", "16"), CultureInfo.InvariantCulture);
        var path = Option(args, "--path", "/api/v1/dyad?a=Iran&b=Hamas&from=2017-01&to=2018-12");
        var work = Directory.CreateTempSubdirectory("rapport-bench-web-").FullName;
        var cli = Path.Combine(AppContext.BaseDirectory, "rapport.dll");
        var database = Path.Combine(work, "kb.db");
        Process? server = null;
        try
        {
            await CheckAsync(await ChildProcess.RunAsync("dotnet", [cli, "ingest", "--db", database, Path.Combine(RepoPaths.SharedDir, "corpus")]));
            var passwordFile = Path.Combine(work, "password");
            await File.WriteAllTextAsync(passwordFile, Password);
            await CheckAsync(await ChildProcess.RunAsync("dotnet", [cli, "users", "add", "bench", "--role", "viewer", "--password-stdin", "--db", database], passwordFile));
            var issued = await ChildProcess.RunAsync("dotnet", [cli, "tokens", "add", "bench", "--label", "wrk", "--db", database]);
            await CheckAsync(issued);
            var token = issued.Stdout.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("rpt_", StringComparison.Ordinal));

            var address = $"http://127.0.0.1:{FreePort()}";
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { cli, "serve", "--db", database, "--urls", address })
            {
                start.ArgumentList.Add(a);
            }

            start.Environment.Remove("RAPPORT_DB");
            start.Environment.Remove("RAPPORT_POSTGRES");
            server = Process.Start(start)!;
            _ = server.StandardOutput.ReadToEndAsync();
            _ = server.StandardError.ReadToEndAsync();
            var url = address + path;
            await WaitReadyAsync(url, token, server);

            var rssStart = Rss(server.Id);
            long rssMiddle = 0;
            var middle = Task.Delay(TimeSpan.FromSeconds(seconds / 2.0)).ContinueWith(_ => rssMiddle = Rss(server.Id), TaskScheduler.Default);
            var wrk = await ChildProcess.RunAsync("wrk", ["-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-H", $"Authorization: Bearer {token}", url]);
            await middle;
            var rssEnd = Rss(server.Id);
            await CheckAsync(wrk);

            var output = wrk.Stdout;
            Console.Error.WriteLine(output);
            var errors = Match(NonSuccess(), output, "0");
            var timeouts = Match(Timeouts(), output, "0");
            Console.WriteLine($"| endpoint | wrk | requests/s | p50 | p99 | non-2xx | timeouts | RSS start | RSS at {seconds / 2} s | RSS end |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| `GET {path}` | -t2 -c{connections} -d{seconds}s | {Match(Throughput(), output, "?")} | {Match(P50(), output, "?")} | {Match(P99(), output, "?")} | {errors} | {timeouts} | {Mb(rssStart)} | {Mb(rssMiddle)} | {Mb(rssEnd)} |"));
            return 0;
        }
        finally
        {
            // rapport serve is stopped by force: the benchmark's figures are taken, nothing is left to save.
            if (server is { HasExited: false })
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }

            server?.Dispose();
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task WaitReadyAsync(string url, string token, Process server)
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        for (var i = 0; i < 120; i++)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"rapport serve exited {server.ExitCode}");
            }

            try
            {
                if ((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("rapport serve did not answer within a minute");
    }

    private static Task CheckAsync(ChildProcess.Outcome outcome) =>
        outcome.ExitCode == 0 ? Task.CompletedTask : throw new InvalidOperationException($"exited {outcome.ExitCode}: {outcome.Stderr}");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static long Rss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0} MB");

    private static string Match(Regex regex, string text, string fallback) => regex.Match(text) is { Success: true } m ? m.Groups[1].Value : fallback;

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex Throughput();

    [GeneratedRegex(@"\b50%\s+([0-9.]+[a-z]+)")]
    private static partial Regex P50();

    [GeneratedRegex(@"\b99%\s+([0-9.]+[a-z]+)")]
    private static partial Regex P99();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+([0-9]+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"timeout ([0-9]+)")]
    private static partial Regex Timeouts();
}
