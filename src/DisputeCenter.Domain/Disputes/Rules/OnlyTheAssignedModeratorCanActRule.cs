using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OnlyTheAssignedModeratorCanActRule(string? assignedModeratorId, string? moderatorId) : BusinessRule
{
    public override bool IsBroken() => assignedModeratorId is null || !string.Equals(assignedModeratorId, moderatorId, StringComparison.Ordinal);

    public override DomainText Text => assignedModeratorId is null
        ? Say($"Take the case first: no moderator is assigned to it.")
        : Say($"Only the moderator assigned to this case can do this.");
}
