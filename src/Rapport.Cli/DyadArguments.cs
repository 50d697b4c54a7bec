namespace Rapport.Cli;

/// <summary>
/// Lets <c>--dyad A B</c> be written the way analysts say it: Spectre.Console.Cli gives an option one value per
/// occurrence, so the pair is rewritten to <c>--dyad A --dyad B</c> before parsing.
/// </summary>
public static class DyadArguments
{
    /// <summary>The arguments with every <c>--dyad A B</c> written as <c>--dyad A --dyad B</c>.</summary>
    public static string[] Normalise(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = new List<string>(args.Length + 2);
        for (var i = 0; i < args.Length; i++)
        {
            result.Add(args[i]);
            if (args[i] == "--dyad" && i + 2 < args.Length && !args[i + 1].StartsWith('-') && !args[i + 2].StartsWith('-'))
            {
                result.Add(args[i + 1]);
                result.Add("--dyad");
                result.Add(args[i + 2]);
                i += 2;
            }
        }

        return result.ToArray();
    }
}
