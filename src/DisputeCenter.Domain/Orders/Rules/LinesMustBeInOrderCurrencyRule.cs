using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class LinesMustBeInOrderCurrencyRule(string orderCurrency, Money unitPrice) : BusinessRule
{
    public override bool IsBroken() => !string.Equals(orderCurrency, unitPrice.Currency, StringComparison.Ordinal);

    public override DomainText Text => Say($"Every item must be priced in the order's currency ({orderCurrency}), not {unitPrice.Currency}.");
}
