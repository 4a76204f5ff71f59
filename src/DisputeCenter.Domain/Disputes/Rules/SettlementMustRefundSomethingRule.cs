using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>
/// A "settlement" that gives the buyer nothing is a trap; a buyer who wants to give up withdraws the
/// dispute instead. A replacement settles without money.
/// </summary>
public sealed class SettlementMustRefundSomethingRule(Remedy kind, Money? amount) : BusinessRule
{
    public override bool IsBroken() => kind != Remedy.Replacement && amount is not { IsPositive: true };

    public override DomainText Text => Say($"A settlement must refund something or replace the goods; to give up the claim, withdraw the dispute.");
}
