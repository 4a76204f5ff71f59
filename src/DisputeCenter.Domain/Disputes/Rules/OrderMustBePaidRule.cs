using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OrderMustBePaidRule(bool isPaid) : BusinessRule
{
    public override bool IsBroken() => !isPaid;

    public override DomainText Text => Say($"A dispute can only be opened on an order that was paid.");
}
