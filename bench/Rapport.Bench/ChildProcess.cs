using System.Diagnostics;
using System.Globalization;

namespace Rapport.Bench;

/// <summary>Runs a program to completion, timing it and sampling its peak resident memory (VmHWM) from /proc.</summary>
internal static class ChildProcess
{
    public sealed record Outcome(int ExitCode, TimeSpan Elapsed, long PeakBytes, string Stdout, string Stderr);

    public static async Task<Outcome> RunAsync(string fileName, IEnumerable<string> arguments, string? stdinFile = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdinFile is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("RAPPORT_DB");
        start.Environment.Remove("RAPPORT_POSTGRES");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdinFile is not null)
        {
            await using (var input = File.OpenRead(stdinFile))
            {
                await input.CopyToAsync(process.StandardInput.BaseStream);
            }

            process.StandardInput.Close();
        }

        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ReadPeak(process.Id));
            await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(20));
        }

        await process.WaitForExitAsync();
        clock.Stop();
        return new Outcome(process.ExitCode, clock.Elapsed, peak, await stdout, await stderr);
    }

    private static long ReadPeak(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }

        return 0;
    }
}
