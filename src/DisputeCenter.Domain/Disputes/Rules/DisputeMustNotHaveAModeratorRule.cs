using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class DisputeMustNotHaveAModeratorRule(string? assignedModeratorId) : BusinessRule
{
    public override bool IsBroken() => assignedModeratorId is not null;

    public override DomainText Text => Say($"Another moderator already has this case; it must be released first.");
}
