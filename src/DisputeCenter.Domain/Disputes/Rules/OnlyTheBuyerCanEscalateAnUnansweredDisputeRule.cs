using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OnlyTheBuyerCanEscalateAnUnansweredDisputeRule(Party party) : BusinessRule
{
    public override bool IsBroken() => party != Party.Buyer;

    public override DomainText Text => Say($"Answer the dispute first: accept the claim, make an offer, or reject it with your side of the story.");
}
