using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Support.Rules;

/// <summary>A reply reopens a closed ticket for <see cref="SupportTicket.ReopenWindow"/> after it closed; later, a new ticket starts afresh.</summary>
public sealed class ClosedTicketCanBeReopenedOnlyForAWhileRule(DateTimeOffset? closedAt, DateTimeOffset now) : BusinessRule
{
    public override bool IsBroken() => closedAt is { } closed && now > closed + SupportTicket.ReopenWindow;

    public override DomainText Text =>
        Say($"This ticket was closed on {closedAt ?? now}, more than {SupportTicket.ReopenWindow.Days} days ago, so it can no longer be reopened. Please open a new ticket.");
}
