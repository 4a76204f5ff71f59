using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OneOpenDisputePerOrderRule(bool orderHasOpenDispute) : BusinessRule
{
    public override bool IsBroken() => orderHasOpenDispute;

    public override DomainText Text => Say($"This order already has an open dispute; add to that one instead of opening another.");
}
