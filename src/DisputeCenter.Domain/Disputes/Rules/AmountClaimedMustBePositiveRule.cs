using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class AmountClaimedMustBePositiveRule(Money amountClaimed) : IBusinessRule
{
    public bool IsBroken() => !amountClaimed.IsPositive;

    public string Message => $"The amount claimed must be more than zero (it was {amountClaimed}).";
}
