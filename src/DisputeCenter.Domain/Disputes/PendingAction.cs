using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes;

/// <summary>What someone must do on a dispute, by when (UTC), and what happens if they don't.</summary>
public sealed record PendingAction(ActorKind Actor, DomainText What, DateTimeOffset DueAt, DomainText IfMissed, bool IsOverdue);
