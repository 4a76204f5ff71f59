using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class AmountClaimedMustBeInOrderCurrencyRule(string orderCurrency, Money amountClaimed) : IBusinessRule
{
    public bool IsBroken() => !string.Equals(orderCurrency, amountClaimed.Currency, StringComparison.Ordinal);

    public string Message => $"Claim the amount in the order's currency ({orderCurrency}), not {amountClaimed.Currency}.";
}
