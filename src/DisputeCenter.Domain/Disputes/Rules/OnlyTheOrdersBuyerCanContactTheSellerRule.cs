using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OnlyTheOrdersBuyerCanContactTheSellerRule(string orderBuyerId, string? userId) : IBusinessRule
{
    public bool IsBroken() => !string.Equals(orderBuyerId, userId, StringComparison.Ordinal);

    public string Message => "Only the buyer of this order can write to its seller about it.";
}
