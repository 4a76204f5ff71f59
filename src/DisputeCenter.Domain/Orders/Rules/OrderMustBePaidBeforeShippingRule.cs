using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class OrderMustBePaidBeforeShippingRule(bool isPaid) : IBusinessRule
{
    public bool IsBroken() => !isPaid;

    public string Message => "An order is shipped only after it has been paid.";
}
