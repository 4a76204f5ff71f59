using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class OrderMustHaveLinesRule(int lineCount) : BusinessRule
{
    public override bool IsBroken() => lineCount == 0;

    public override DomainText Text => Say($"An order needs at least one item.");
}
