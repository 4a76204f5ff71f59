using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class DisputeMustNotHaveAModeratorRule(string? assignedModeratorId) : IBusinessRule
{
    public bool IsBroken() => assignedModeratorId is not null;

    public string Message => "Another moderator already has this case; it must be released first.";
}
