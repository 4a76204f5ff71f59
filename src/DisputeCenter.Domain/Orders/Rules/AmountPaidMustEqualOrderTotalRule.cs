using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class AmountPaidMustEqualOrderTotalRule(Money total, Money paid) : BusinessRule
{
    public override bool IsBroken() => !total.IsSameCurrencyAs(paid) || total.Amount != paid.Amount;

    public override DomainText Text => Say($"The amount paid ({paid}) must equal the items' total ({total}).");
}
