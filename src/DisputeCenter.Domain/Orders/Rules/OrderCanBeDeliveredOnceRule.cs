using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class OrderCanBeDeliveredOnceRule(DateTimeOffset? deliveredAt) : IBusinessRule
{
    public bool IsBroken() => deliveredAt is not null;

    public string Message => $"A delivery was already recorded for this order at {deliveredAt:u}.";
}
