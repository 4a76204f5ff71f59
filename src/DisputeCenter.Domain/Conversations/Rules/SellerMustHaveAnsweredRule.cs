using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Conversations.Rules;

/// <summary>Talks can only fail once the seller took part; a silent seller is handled by the contact period.</summary>
public sealed class SellerMustHaveAnsweredRule(DateTimeOffset? sellerFirstAnsweredAt) : BusinessRule
{
    public override bool IsBroken() => sellerFirstAnsweredAt is null;

    public override DomainText Text =>
        Say($"The seller has not answered yet, so the talks can't be marked as failed; if the seller stays silent, you can file a dispute when the contact period ends.");
}
