using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class AmountPaidMustEqualOrderTotalRule(Money total, Money paid) : IBusinessRule
{
    public bool IsBroken() => !total.IsSameCurrencyAs(paid) || total.Amount != paid.Amount;

    public string Message => $"The amount paid ({paid}) must equal the items' total ({total}).";
}
