using DisputeCenter.Domain.Common;

namespace DisputeCenter.Services.Disputes.Conversations;

/// <summary>"I have a problem": the buyer's first message to the seller about an order.</summary>
public sealed record StartConversationCommand
{
    public Guid OrderId { get; init; }

    /// <summary>What went wrong: the buyer chooses it (nothing is chosen for them).</summary>
    public DisputeReason? Reason { get; init; }

    public string Message { get; init; } = string.Empty;
}
