using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class OrderMustBeShippedBeforeDeliveryRule(DateTimeOffset? shippedAt) : BusinessRule
{
    public override bool IsBroken() => shippedAt is null;

    public override DomainText Text => Say($"A delivery can only be recorded for an order that was shipped.");
}
