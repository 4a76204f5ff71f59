using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class AmountClaimedMustBePositiveRule(Money amountClaimed) : BusinessRule
{
    public override bool IsBroken() => !amountClaimed.IsPositive;

    public override DomainText Text => Say($"The amount claimed must be more than zero (it was {amountClaimed}).");
}
