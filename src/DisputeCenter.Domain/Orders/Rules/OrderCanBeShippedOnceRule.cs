using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class OrderCanBeShippedOnceRule(DateTimeOffset? shippedAt) : IBusinessRule
{
    public bool IsBroken() => shippedAt is not null;

    public string Message => $"This order was already shipped at {shippedAt:u}.";
}
