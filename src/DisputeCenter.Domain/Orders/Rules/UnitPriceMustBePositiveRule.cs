using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class UnitPriceMustBePositiveRule(string product, Money unitPrice) : BusinessRule
{
    public override bool IsBroken() => !unitPrice.IsPositive;

    public override DomainText Text => Say($"The unit price of '{product}' must be more than zero (it was {unitPrice}).");
}
