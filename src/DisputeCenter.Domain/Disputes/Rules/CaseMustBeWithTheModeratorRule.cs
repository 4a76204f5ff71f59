using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A case can be taken off a moderator only while that moderator has it.</summary>
public sealed class CaseMustBeWithTheModeratorRule(string? assignedModeratorId, string moderatorId) : BusinessRule
{
    public override bool IsBroken() => assignedModeratorId is null || !string.Equals(assignedModeratorId, moderatorId, StringComparison.Ordinal);

    public override DomainText Text => assignedModeratorId is null
        ? Say($"No moderator is assigned to this case; it is already in the queue.")
        : Say($"This case is with a different moderator.");
}
