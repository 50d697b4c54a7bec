namespace Rapport.Analysis.EventData;

/// <summary>A line an event reader skipped, and why.</summary>
/// <param name="LineNumber">The 1-based line number in the file.</param>
/// <param name="Reason">What is wrong with it, in one line.</param>
public sealed record ImportWarning(long LineNumber, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"line {LineNumber}: {Reason}";
}
