using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OnlyTheOrdersBuyerCanFileRule(string orderBuyerId, string? userId) : BusinessRule
{
    public override bool IsBroken() => !string.Equals(orderBuyerId, userId, StringComparison.Ordinal);

    public override DomainText Text => Say($"Only the buyer of this order can open a dispute about it.");
}
