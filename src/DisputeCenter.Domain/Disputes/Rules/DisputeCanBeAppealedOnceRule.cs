using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class DisputeCanBeAppealedOnceRule(DateTimeOffset? appealedAt) : BusinessRule
{
    public override bool IsBroken() => appealedAt is not null;

    public override DomainText Text => Say($"This dispute was already appealed on {appealedAt.GetValueOrDefault()}; a case can be appealed once.");
}
