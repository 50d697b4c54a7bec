using Rapport.Services;
using Rapport.Storage;
using Spectre.Console.Cli;

namespace Rapport.Cli;

/// <summary>
/// Turns any exception that reaches the top into one line on stderr and an exit code: the user's mistakes get
/// the message they can act on, Rapport's own bugs say so. Set RAPPORT_DEBUG=1 to see a bug's stack trace.
/// </summary>
internal static class ErrorReporter
{
    public static int Report(Exception exception)
    {
        switch (exception)
        {
            case CommandAppException app:
                Terminal.Error($"error: {OneLine(app.Message)} (see 'rapport --help')");
                return ExitCodes.UserError;
            case StoreException or UserErrorException:
                Terminal.Error($"error: {OneLine(exception.Message)}");
                return ExitCodes.UserError;
            case OperationCanceledException:
                Terminal.Error("cancelled; what was stored is whole");
                return ExitCodes.UserError;
            default:
                Terminal.Error($"internal error: {exception.GetType().Name}: {OneLine(exception.Message)} (please report this; set RAPPORT_DEBUG=1 for details)");
                if (Environment.GetEnvironmentVariable("RAPPORT_DEBUG") == "1")
                {
                    Console.Error.WriteLine(exception);
                }

                return ExitCodes.InternalError;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
