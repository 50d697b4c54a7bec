using Rapport.Model;

namespace Rapport.Storage;

/// <summary>Events from one actor to another in one month and quad class, counted and Goldstein-summed.</summary>
/// <param name="SourceActor">The initiator's actor key.</param>
/// <param name="TargetActor">The target's actor key.</param>
/// <param name="Month">The month.</param>
/// <param name="QuadClass">1–4, as in CAMEO.</param>
/// <param name="Events">How many events.</param>
/// <param name="GoldsteinSum">The sum of their Goldstein weights.</param>
public sealed record EventMonth(string SourceActor, string TargetActor, YearMonth Month, int QuadClass, long Events, double GoldsteinSum);
