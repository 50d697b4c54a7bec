namespace Rapport.Documents;

/// <summary>An input that cannot become a document, and why.</summary>
public sealed record Rejected : ReadResult
{
    /// <summary>Creates the result.</summary>
    public Rejected(string origin, string reason)
        : base(origin) => Reason = reason;

    /// <summary>One line saying what is wrong, for a person.</summary>
    public string Reason { get; }
}
