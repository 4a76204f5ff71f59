using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class OrderMustHaveLinesRule(int lineCount) : IBusinessRule
{
    public bool IsBroken() => lineCount == 0;

    public string Message => "An order needs at least one item.";
}
