using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class AppealMustBeWithinWindowRule(DateTimeOffset appealDueAt, DateTimeOffset now) : BusinessRule
{
    public override bool IsBroken() => now > appealDueAt;

    public override DomainText Text => Say($"The appeal window closed on {appealDueAt}; the decision is final.");
}
