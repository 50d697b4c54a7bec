using Rapport.Model;

namespace Rapport.Analysis.Networks;

/// <summary>How much a node brokers between groups.</summary>
/// <param name="Id">The node.</param>
/// <param name="Group">Its own group, or null when ungrouped.</param>
/// <param name="Score">
/// Inter-group betweenness: the share of shortest paths between actors of different groups that pass through it,
/// summed over all such pairs and divided by the number of pairs (0 … 1).
/// </param>
/// <param name="GroupsReached">How many groups other than its own its direct neighbours belong to.</param>
public sealed record BrokerScore(ActorId Id, string? Group, double Score, int GroupsReached);
