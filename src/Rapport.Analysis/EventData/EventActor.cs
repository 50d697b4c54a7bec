namespace Rapport.Analysis.EventData;

/// <summary>One side of a coded event as the dataset gives it; resolving it to a Rapport actor is the caller's job.</summary>
/// <param name="Code">The dataset's actor code (GDELT's CAMEO actor code such as a country code plus sector codes); null when the dataset has none (ICEWS).</param>
/// <param name="Name">The dataset's actor name; null when empty.</param>
/// <param name="Country">The actor's country as the dataset gives it: a code in GDELT, a name in ICEWS; null when empty.</param>
public sealed record EventActor(string? Code, string? Name, string? Country)
{
    /// <summary>An actor the record leaves blank.</summary>
    public static EventActor Empty { get; } = new(null, null, null);

    /// <summary>True when the record gives neither a code nor a name.</summary>
    public bool IsEmpty => Code is null && Name is null;
}
