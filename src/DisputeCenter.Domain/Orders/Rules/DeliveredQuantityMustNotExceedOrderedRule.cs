using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class DeliveredQuantityMustNotExceedOrderedRule(string product, int ordered, int delivered) : BusinessRule
{
    public override bool IsBroken() => delivered < 0 || delivered > ordered;

    public override DomainText Text => Say($"Between 0 and {ordered} of '{product}' can be delivered, not {delivered}.");
}
