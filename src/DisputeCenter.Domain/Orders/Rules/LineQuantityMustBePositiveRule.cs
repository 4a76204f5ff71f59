using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class LineQuantityMustBePositiveRule(string product, int quantity) : BusinessRule
{
    public override bool IsBroken() => quantity <= 0;

    public override DomainText Text => Say($"The quantity of '{product}' must be at least 1 (it was {quantity}).");
}
