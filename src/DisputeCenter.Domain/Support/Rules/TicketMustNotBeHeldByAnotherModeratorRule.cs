using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Support.Rules;

/// <summary>A ticket held by one moderator is answered by them, so the customer is not answered twice; they can release it.</summary>
public sealed class TicketMustNotBeHeldByAnotherModeratorRule(string? assignedModeratorId, string moderatorId) : BusinessRule
{
    public override bool IsBroken() => assignedModeratorId is not null && !string.Equals(assignedModeratorId, moderatorId, StringComparison.Ordinal);

    public override DomainText Text => Say($"Another moderator has taken this ticket.");
}
