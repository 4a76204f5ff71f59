using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class LinesMustBeInOrderCurrencyRule(string orderCurrency, Money unitPrice) : IBusinessRule
{
    public bool IsBroken() => !string.Equals(orderCurrency, unitPrice.Currency, StringComparison.Ordinal);

    public string Message => $"Every item must be priced in the order's currency ({orderCurrency}), not {unitPrice.Currency}.";
}
