using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Services.Moderation;

/// <summary>One case in a moderation queue, as the moderator looking at it sees it.</summary>
public sealed record QueueRow(
    Guid Id,
    string OrderNumber,
    DisputeReason Reason,
    DisputeStatus Status,
    Money AmountClaimed,
    string SellerName,
    string? AssignedModeratorId,
    string? AssignedModeratorName,
    DateTimeOffset? DueAt,
    bool Stalled,
    DateTimeOffset? StalledSince,
    bool SellerUnresponsive,
    bool Overdue)
{
    /// <summary>True when the moderator looking at the queue holds this case.</summary>
    public bool IsMine { get; init; }

    /// <summary>Null when the moderator may take the case now; otherwise the name of the domain rule that refuses it.</summary>
    public string? TakeRefusedBy { get; init; }

    public bool CanTake => TakeRefusedBy is null;
}
