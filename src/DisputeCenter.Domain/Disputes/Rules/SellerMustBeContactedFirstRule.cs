using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A formal dispute comes only after the buyer gave the seller a chance to put things right.</summary>
public sealed class SellerMustBeContactedFirstRule(SellerConversation? conversation, TimeSpan contactPeriod, DateTimeOffset now) : BusinessRule
{
    public override bool IsBroken() => conversation is null || !conversation.CanFileAt(now, contactPeriod);

    public override DomainText Text => conversation switch
    {
        null => Say($"Contact the seller first: write to them about this order. If they don't answer within {Describe(contactPeriod)} or the talks fail, you can file a dispute."),
        { MarkedResolvedAt: { } resolvedAt } =>
            Say($"You marked your conversation with the seller as resolved on {resolvedAt}. If the problem is back, write to the seller again first."),
        _ => Say($"Contact the seller first: you can file a dispute from {conversation.FilingOpensAt(contactPeriod)!.Value}."),
    };

    private static DomainText Describe(TimeSpan period) =>
        period.TotalHours < 48 ? Say($"{period.TotalHours:0} hours") : Say($"{period.TotalDays:0.#} days");
}
