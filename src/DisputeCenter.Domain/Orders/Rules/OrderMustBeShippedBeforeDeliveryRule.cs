using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class OrderMustBeShippedBeforeDeliveryRule(DateTimeOffset? shippedAt) : IBusinessRule
{
    public bool IsBroken() => shippedAt is null;

    public string Message => "A delivery can only be recorded for an order that was shipped.";
}
