using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>
/// A partial refund or compensation names an amount above zero and at most the refundable amount; a full
/// refund or return and refund is the whole refundable amount; a replacement or rejection grants no money.
/// </summary>
public sealed class DecisionAmountMustSuitOutcomeRule(Outcome outcome, Money? amount, Money refundable) : BusinessRule
{
    public override RuleSubject Subject => RuleSubject.Amount;

    public override bool IsBroken() => outcome switch
    {
        Outcome.PartialRefund or Outcome.Compensation =>
            amount is not { } a || !a.IsSameCurrencyAs(refundable) || !a.IsPositive || a > refundable,
        Outcome.FullRefund or Outcome.ReturnAndRefund => amount is { } a && (!a.IsSameCurrencyAs(refundable) || a != refundable),
        _ => amount is { IsZero: false },
    };

    public override DomainText Text => outcome switch
    {
        Outcome.PartialRefund or Outcome.Compensation =>
            Say($"A {outcome.Phrase()} needs an amount in {refundable.Currency}, more than zero and at most {refundable}."),
        Outcome.FullRefund or Outcome.ReturnAndRefund => Say($"A {outcome.Phrase()} is the whole refundable amount, {refundable}; leave the amount empty."),
        _ => Say($"A decision of {outcome.Phrase()} grants no money; leave the amount empty."),
    };
}
