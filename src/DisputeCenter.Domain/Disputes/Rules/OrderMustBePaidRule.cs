using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OrderMustBePaidRule(bool isPaid) : IBusinessRule
{
    public bool IsBroken() => !isPaid;

    public string Message => "A dispute can only be opened on an order that was paid.";
}
