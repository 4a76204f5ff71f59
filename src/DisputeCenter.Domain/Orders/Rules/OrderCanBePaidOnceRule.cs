using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class OrderCanBePaidOnceRule(DateTimeOffset? paidAt) : BusinessRule
{
    public override bool IsBroken() => paidAt is not null;

    public override DomainText Text => Say($"This order was already paid at {paidAt}.");
}
