using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Conversations.Rules;

public sealed class OnlyTheOrdersBuyerCanContactTheSellerRule(string orderBuyerId, string? userId) : BusinessRule
{
    public override bool IsBroken() => !string.Equals(orderBuyerId, userId, StringComparison.Ordinal);

    public override DomainText Text => Say($"Only the buyer of this order can write to its seller about it.");
}
