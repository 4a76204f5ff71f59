using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Support.Rules;

public sealed class OnlyTheTicketsCustomerCanWriteRule(string customerId, string? userId) : BusinessRule
{
    public override bool IsBroken() => !string.Equals(customerId, userId, StringComparison.Ordinal);

    public override DomainText Text => Say($"Only the person who opened this support ticket can write in it.");
}
