namespace Rapport.Storage;

/// <summary>
/// Which actor keys a query covers: exact keys (Rapport actor ids) and key prefixes (a CAMEO country code such as
/// <c>IRN</c> covers <c>IRNGOV</c>, <c>IRNMIL</c> …).
/// </summary>
/// <param name="Keys">Exact actor keys.</param>
/// <param name="Prefixes">Key prefixes.</param>
public sealed record ActorSelector(IReadOnlyCollection<string> Keys, IReadOnlyCollection<string> Prefixes)
{
    /// <summary>True when <paramref name="key"/> is covered.</summary>
    public bool Covers(string key) =>
        Keys.Contains(key) || Prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));
}
