using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OnlyTheAssignedModeratorCanActRule(string? assignedModeratorId, string? moderatorId) : IBusinessRule
{
    public bool IsBroken() => assignedModeratorId is null || !string.Equals(assignedModeratorId, moderatorId, StringComparison.Ordinal);

    public string Message => assignedModeratorId is null
        ? "Take the case first: no moderator is assigned to it."
        : "Only the moderator assigned to this case can do this.";
}
