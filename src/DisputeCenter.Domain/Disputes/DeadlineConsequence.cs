using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes;

/// <summary>What <see cref="Dispute.ApplyOverdueDeadline"/> did.</summary>
public sealed record DeadlineConsequence(
    DeadlineConsequenceKind Kind, DisputeStatus From, DisputeStatus To, DateTimeOffset MissedDeadline, DomainText Description);
