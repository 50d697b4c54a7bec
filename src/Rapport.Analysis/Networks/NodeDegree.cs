using Rapport.Model;

namespace Rapport.Analysis.Networks;

/// <summary>How connected a node is, ignoring edge direction.</summary>
/// <param name="Id">The node.</param>
/// <param name="Degree">Unweighted degree: how many distinct actors it has any tie with.</param>
/// <param name="Strength">Weighted degree: the sum of the weights of all its edges.</param>
/// <param name="EdgeCount">How many edges touch it (parallel edges of different kinds or dates counted apart).</param>
public sealed record NodeDegree(ActorId Id, int Degree, double Strength, int EdgeCount);
