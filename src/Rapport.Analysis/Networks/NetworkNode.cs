using Rapport.Model;

namespace Rapport.Analysis.Networks;

/// <summary>An actor in a network.</summary>
/// <param name="Id">The actor.</param>
/// <param name="Label">The name to show.</param>
/// <param name="Kind">What kind of actor it is.</param>
/// <param name="Group">An optional group label (a camp, a coalition) used for brokerage; null when ungrouped.</param>
public sealed record NetworkNode(ActorId Id, string Label, ActorKind Kind, string? Group = null);
