using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OneOpenDisputePerOrderRule(bool orderHasOpenDispute) : IBusinessRule
{
    public bool IsBroken() => orderHasOpenDispute;

    public string Message => "This order already has an open dispute; add to that one instead of opening another.";
}
