using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Services.Moderation;

/// <summary>Which cases a queue shows: the platform's move, a party's move, or appeals.</summary>
public enum QueueStage
{
    /// <summary>Escalated cases waiting on the platform (<see cref="DisputeStatus.InMediation"/>).</summary>
    Mediation,

    /// <summary>Cases waiting on a party's answer to a moderator (<see cref="DisputeStatus.AwaitingInformation"/>).</summary>
    AwaitingInformation,

    /// <summary>Decisions under appeal (<see cref="DisputeStatus.UnderAppeal"/>).</summary>
    Appeals,
}

public enum QueueAssignment
{
    Everyone,
    Unassigned,
    Mine,
}

/// <summary>What a moderator asks of a queue: filters and a page. Ordered by how overdue the platform's action is.</summary>
public sealed record ModerationQueueQuery
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    public const int SellerMaxLength = 100;

    public QueueStage Stage { get; init; } = QueueStage.Mediation;

    public DisputeReason? Reason { get; init; }

    /// <summary>The least amount claimed, in the dispute's own currency.</summary>
    public decimal? MinAmount { get; init; }

    public decimal? MaxAmount { get; init; }

    /// <summary>Part of the seller's business name.</summary>
    public string? Seller { get; init; }

    public QueueAssignment Assignment { get; init; } = QueueAssignment.Everyone;

    /// <summary>Only cases whose deadline passed, or that a moderator let stall.</summary>
    public bool OverdueOnly { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public DisputeStatus Status => Stage switch
    {
        QueueStage.AwaitingInformation => DisputeStatus.AwaitingInformation,
        QueueStage.Appeals => DisputeStatus.UnderAppeal,
        _ => DisputeStatus.InMediation,
    };
}
