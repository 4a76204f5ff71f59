using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Support.Rules;

public sealed class OnlyTheHolderCanReleaseTicketRule(string? assignedModeratorId, string moderatorId) : BusinessRule
{
    public override bool IsBroken() => !string.Equals(assignedModeratorId, moderatorId, StringComparison.Ordinal);

    public override DomainText Text => Say($"You do not hold this ticket.");
}
