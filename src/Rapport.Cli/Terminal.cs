using Spectre.Console;

namespace Rapport.Cli;

/// <summary>
/// Where commands write. On a terminal, rich output (tables, progress bars, colour); when redirected, plain
/// lines that scripts can read, never wrapped at a console width.
/// </summary>
internal static class Terminal
{
    /// <summary>True when stdout is a terminal a person is watching.</summary>
    public static bool IsInteractive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Writes one line to stderr.</summary>
    public static void Error(string message) => Console.Error.WriteLine(message);

    /// <summary>Writes one plain line to stdout.</summary>
    public static void Line(string text) => Console.Out.WriteLine(text);
}
