using Rapport.Services;
using Spectre.Console;

namespace Rapport.Cli;

/// <summary>
/// Reads a new password without it ever being a command-line argument (which other users can see in the process
/// list and which shells keep in their history): from standard input for scripts, or typed twice, unechoed, on a terminal.
/// </summary>
internal static class PasswordInput
{
    /// <summary>Reads the password from stdin when asked to or when stdin is not a terminal; otherwise prompts for it twice.</summary>
    /// <exception cref="UserErrorException">Nothing usable was read, or the two entries differ.</exception>
    public static async Task<string> ReadNewAsync(string user, bool fromStdin, CancellationToken cancellationToken)
    {
        return fromStdin || Console.IsInputRedirected
            ? await ReadStdinAsync(cancellationToken).ConfigureAwait(false)
            : PromptTwice(user, cancellationToken);
    }

    private static async Task<string> ReadStdinAsync(CancellationToken cancellationToken)
    {
        // Line ends after the password are how echo and here-strings deliver it, not part of it.
        var text = (await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false)).TrimEnd('\r', '\n');
        if (text.Length == 0)
        {
            throw new UserErrorException("no password on standard input; pipe it in, for example: printf '%s' \"$PASSWORD\" | rapport users add NAME --password-stdin");
        }

        if (text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
        {
            throw new UserErrorException("the password on standard input must be one line");
        }

        return text;
    }

    private static string PromptTwice(string user, CancellationToken cancellationToken)
    {
        // Prompts go to stderr, as with ssh and sudo, so stdout stays the command's own output even when redirected.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var first = console.Prompt(new TextPrompt<string>($"New password for {Markup.Escape(user)}:").Secret(null));
        cancellationToken.ThrowIfCancellationRequested();
        var second = console.Prompt(new TextPrompt<string>("Repeat it:").Secret(null));
        if (!string.Equals(first, second, StringComparison.Ordinal))
        {
            throw new UserErrorException("the two passwords differ; nothing was changed");
        }

        return first;
    }
}
