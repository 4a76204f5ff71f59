using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Support.Rules;

public sealed class TicketMustNotBeClosedRule(SupportTicketStatus status) : BusinessRule
{
    public override bool IsBroken() => status == SupportTicketStatus.Closed;

    public override DomainText Text => Say($"This ticket is closed.");
}
