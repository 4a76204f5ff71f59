using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>Money paid back is paid: a completed payout cannot fail afterwards, nor be completed again under another reference.</summary>
public sealed class CompletedRefundPayoutIsFinalRule(RefundPayoutStatus status, string reference) : BusinessRule
{
    public override bool IsBroken() => status == RefundPayoutStatus.Completed;

    public override DomainText Text => Say($"This refund was already paid out (reference {reference}); a payout that completed cannot change.");
}
