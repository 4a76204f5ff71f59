namespace DisputeCenter.Domain.Disputes;

/// <summary>What someone must do on a dispute, by when (UTC), and what happens if they don't.</summary>
public sealed record PendingAction(ActorKind Actor, string What, DateTimeOffset DueAt, string IfMissed, bool IsOverdue);
