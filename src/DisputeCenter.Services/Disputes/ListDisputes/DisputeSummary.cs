using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Services.Disputes.ListDisputes;

/// <summary>One row of "My disputes": where it stands, whose move it is, and by when.</summary>
public sealed record DisputeSummary(
    Guid Id,
    string OrderNumber,
    DisputeReason Reason,
    DisputeStatus Status,
    Money AmountClaimed,
    DateTimeOffset FiledAt,
    PendingAction? NextAction);
