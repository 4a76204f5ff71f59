using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class OrderCanBeShippedOnceRule(DateTimeOffset? shippedAt) : BusinessRule
{
    public override bool IsBroken() => shippedAt is not null;

    public override DomainText Text => Say($"This order was already shipped at {shippedAt}.");
}
