using System.Diagnostics;
using System.Text;

namespace Rapport.Cli.Tests;

/// <summary>Runs the real rapport program in a child process, as a user would, in a working folder of the test's own.</summary>
internal sealed class RapportCli
{
    private static readonly string EntryAssembly = typeof(ExitCodes).Assembly.Location;

    public RapportCli(string workingDirectory) => WorkingDirectory = workingDirectory;

    public string WorkingDirectory { get; }

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(EntryAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The tests choose the store explicitly; a developer's own settings must not leak in.
        start.Environment.Remove("RAPPORT_DB");
        start.Environment.Remove("RAPPORT_POSTGRES");
        start.Environment.Remove("RAPPORT_DEBUG");
        return start;
    }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(WorkingDirectory, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>What a run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] OutputLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when nothing looks like a .NET stack trace, which a user must never see for their own mistake.</summary>
    public bool HasNoStackTrace => !Stderr.Contains("   at ", StringComparison.Ordinal) && !Stdout.Contains("   at ", StringComparison.Ordinal);
}
