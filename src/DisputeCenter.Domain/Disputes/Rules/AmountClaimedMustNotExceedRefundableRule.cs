using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>At most what was paid, less what was already refunded.</summary>
public sealed class AmountClaimedMustNotExceedRefundableRule(Money amountClaimed, Money refundable) : BusinessRule
{
    public override bool IsBroken() => amountClaimed > refundable;

    public override DomainText Text => Say($"You can claim at most {refundable} (what you paid, less any refunds so far), not {amountClaimed}.");
}
