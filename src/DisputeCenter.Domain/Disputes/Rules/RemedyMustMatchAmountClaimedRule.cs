using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A full refund (or return and refund) claims everything refundable; a partial refund claims less.</summary>
public sealed class RemedyMustMatchAmountClaimedRule(Remedy remedy, Money amountClaimed, Money refundable) : BusinessRule
{
    public override bool IsBroken() => remedy switch
    {
        Remedy.FullRefund or Remedy.ReturnAndRefund => amountClaimed != refundable,
        Remedy.PartialRefund => amountClaimed >= refundable,
        _ => false,
    };

    public override DomainText Text => remedy == Remedy.PartialRefund
        ? Say($"A partial refund claims less than the refundable {refundable}; to claim all of it, ask for a full refund.")
        : Say($"A {Describe(remedy)} claims the whole refundable amount, {refundable}, not {amountClaimed}; for less, ask for a partial refund.");

    private static DomainText Describe(Remedy remedy) => DomainText.Plain(remedy == Remedy.FullRefund ? "full refund" : "return and refund");
}
