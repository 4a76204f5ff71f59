using DisputeCenter.Domain.Conversations;

namespace DisputeCenter.Services.Disputes.Conversations;

/// <summary>A buyer's problem with an order: the talk with the seller, and when (or whether) a dispute can be opened.</summary>
public sealed record OrderProblem(SellerConversation? Conversation, DateTimeOffset? FilingOpensAt, Guid? OpenDisputeId, DateTimeOffset Now)
{
    public bool CanFileNow => OpenDisputeId is null && FilingOpensAt is { } opens && opens <= Now;
}
