using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class DeliveredQuantityMustNotExceedOrderedRule(string product, int ordered, int delivered) : IBusinessRule
{
    public bool IsBroken() => delivered < 0 || delivered > ordered;

    public string Message => $"Between 0 and {ordered} of '{product}' can be delivered, not {delivered}.";
}
