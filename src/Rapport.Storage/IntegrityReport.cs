namespace Rapport.Storage;

/// <summary>The outcome of an integrity check.</summary>
/// <param name="DocumentsChecked">How many documents were looked at.</param>
/// <param name="Problems">One line per problem found; empty when all is well.</param>
public sealed record IntegrityReport(long DocumentsChecked, IReadOnlyList<string> Problems)
{
    /// <summary>True when no problem was found.</summary>
    public bool IsHealthy => Problems.Count == 0;
}
