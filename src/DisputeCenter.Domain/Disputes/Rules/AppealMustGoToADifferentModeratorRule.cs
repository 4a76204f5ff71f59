using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class AppealMustGoToADifferentModeratorRule(string? decidedByModeratorId, string moderatorId) : BusinessRule
{
    public override bool IsBroken() => string.Equals(decidedByModeratorId, moderatorId, StringComparison.Ordinal);

    public override DomainText Text => Say($"You decided this case; another moderator must handle the appeal.");
}
