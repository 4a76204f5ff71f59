using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>
/// A partial refund names an amount above zero and below the refundable amount; a full refund or return
/// and refund is the whole refundable amount (leave it empty); a replacement names no amount.
/// </summary>
public sealed class OfferMustSuitRemedyRule(Remedy remedy, Money? amount, Money refundable) : BusinessRule
{
    public override bool IsBroken() => remedy switch
    {
        Remedy.PartialRefund => amount is not { } a || !a.IsSameCurrencyAs(refundable) || !a.IsPositive || a >= refundable,
        Remedy.FullRefund or Remedy.ReturnAndRefund => amount is { } a && (!a.IsSameCurrencyAs(refundable) || a != refundable),
        _ => amount is not null,
    };

    public override DomainText Text => remedy switch
    {
        Remedy.PartialRefund when amount is { } a && !a.IsSameCurrencyAs(refundable) => Say($"Offer the amount in {refundable.Currency}."),
        Remedy.PartialRefund => Say($"A partial refund must be more than zero and less than {refundable} (the whole refundable amount)."),
        Remedy.Replacement => Say($"A replacement refunds no money; leave the amount empty."),
        _ => Say($"A {remedy.Phrase()} is the whole refundable amount, {refundable}; for less, offer a partial refund."),
    };
}
