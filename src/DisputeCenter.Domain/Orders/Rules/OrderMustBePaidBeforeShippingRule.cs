using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class OrderMustBePaidBeforeShippingRule(bool isPaid) : BusinessRule
{
    public override bool IsBroken() => !isPaid;

    public override DomainText Text => Say($"An order is shipped only after it has been paid.");
}
