namespace Rapport.Documents;

/// <summary>What reading one file gave: a <see cref="ReadDocument"/> ready to store, or a <see cref="Rejected"/> with its reason.</summary>
public abstract record ReadResult
{
    private protected ReadResult(string origin) => Origin = origin;

    /// <summary>The path the input came from.</summary>
    public string Origin { get; }
}
