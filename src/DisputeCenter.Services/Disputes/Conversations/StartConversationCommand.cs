using DisputeCenter.Domain.Common;

namespace DisputeCenter.Services.Disputes.Conversations;

/// <summary>"I have a problem": the buyer's first message to the seller about an order.</summary>
public sealed record StartConversationCommand
{
    public Guid OrderId { get; init; }

    public DisputeReason Reason { get; init; }

    public string Message { get; init; } = string.Empty;
}
