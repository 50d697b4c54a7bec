namespace Rapport.Cli;

/// <summary>The exit codes of every rapport command, as documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A user error: bad arguments, unknown id, a store that cannot be opened.</summary>
    public const int UserError = 1;

    /// <summary>The command ran, but some inputs were rejected (each reported with its reason).</summary>
    public const int InputsRejected = 2;

    /// <summary>An internal error: a bug in Rapport; please report it.</summary>
    public const int InternalError = 3;
}
