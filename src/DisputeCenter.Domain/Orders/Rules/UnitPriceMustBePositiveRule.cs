using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class UnitPriceMustBePositiveRule(string product, Money unitPrice) : IBusinessRule
{
    public bool IsBroken() => !unitPrice.IsPositive;

    public string Message => $"The unit price of '{product}' must be more than zero (it was {unitPrice}).";
}
