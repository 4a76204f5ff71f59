using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class OrderCanBePaidOnceRule(DateTimeOffset? paidAt) : IBusinessRule
{
    public bool IsBroken() => paidAt is not null;

    public string Message => $"This order was already paid at {paidAt:u}.";
}
