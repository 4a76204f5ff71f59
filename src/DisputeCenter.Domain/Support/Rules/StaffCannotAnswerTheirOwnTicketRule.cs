using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Support.Rules;

/// <summary>Support staff do not answer, take or close a ticket they opened themselves.</summary>
public sealed class StaffCannotAnswerTheirOwnTicketRule(string customerId, string? staffId) : BusinessRule
{
    public override bool IsBroken() => string.Equals(customerId, staffId, StringComparison.Ordinal);

    public override DomainText Text => Say($"This is your own support ticket: another member of staff must handle it.");
}
