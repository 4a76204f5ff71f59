using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class AmountClaimedMustBeInOrderCurrencyRule(string orderCurrency, Money amountClaimed) : BusinessRule
{
    public override bool IsBroken() => !string.Equals(orderCurrency, amountClaimed.Currency, StringComparison.Ordinal);

    public override DomainText Text => Say($"Claim the amount in the order's currency ({orderCurrency}), not {amountClaimed.Currency}.");
}
