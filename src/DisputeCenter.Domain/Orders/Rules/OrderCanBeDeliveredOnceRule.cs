using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class OrderCanBeDeliveredOnceRule(DateTimeOffset? deliveredAt) : BusinessRule
{
    public override bool IsBroken() => deliveredAt is not null;

    public override DomainText Text => Say($"A delivery was already recorded for this order at {deliveredAt}.");
}
