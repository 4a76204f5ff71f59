using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders.Rules;

public sealed class LineQuantityMustBePositiveRule(string product, int quantity) : IBusinessRule
{
    public bool IsBroken() => quantity <= 0;

    public string Message => $"The quantity of '{product}' must be at least 1 (it was {quantity}).";
}
