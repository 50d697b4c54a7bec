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

    public Task<CliResult> RunAsync(params string[] args) => RunWithStdinAsync(null, args);

    /// <summary>Runs the program with <paramref name="stdin"/> as its standard input (closed after it); null leaves stdin inherited.</summary>
    public async Task<CliResult> RunWithStdinAsync(string? stdin, params string[] args)
    {
        var start = StartInfo(WorkingDirectory, args);
        start.RedirectStandardInput = stdin is not null;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            // UTF-8 without a byte-order mark: the program must read exactly the text given. Closing the stream
            // before waiting is what lets a program that reads to the end of its input finish.
            await using (var input = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
            {
                await input.WriteAsync(stdin);
            }
        }

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
