namespace Rapport.Storage;

/// <summary>
/// One analyst decision about two actor keys, as recorded in the append-only decision log. Decisions name actor
/// keys, not row ids, so they hold across re-ingest and re-extraction; the last decision about a pair wins.
/// </summary>
/// <param name="Kind">Merge, split or distinct.</param>
/// <param name="A">One actor key.</param>
/// <param name="B">The other actor key.</param>
/// <param name="Who">Who decided.</param>
/// <param name="At">When it was decided.</param>
/// <param name="Why">The analyst's reason, when given.</param>
public sealed record ActorDecision(ActorDecisionKind Kind, string A, string B, string Who, DateTimeOffset At, string? Why = null);
