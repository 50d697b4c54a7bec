namespace Rapport.Model;

/// <summary>The extractor rule (name and version) that produced a fact, so an analyst can see why Rapport said it.</summary>
/// <param name="Name">Rule name, such as <c>statement.said-that</c>.</param>
/// <param name="Version">Rule version; bump when the rule's behaviour changes.</param>
public sealed record RuleRef(string Name, int Version)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}@{Version}";
}
