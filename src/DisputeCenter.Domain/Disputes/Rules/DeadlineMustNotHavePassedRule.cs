using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>An action bound to a deadline is refused one moment after it, whether or not the sweeper ran yet.</summary>
public sealed class DeadlineMustNotHavePassedRule(string action, DateTimeOffset deadline, DateTimeOffset now) : BusinessRule
{
    public override bool IsBroken() => now > deadline;

    public override DomainText Text => Say($"You can't {DomainText.Plain(action)} any more: the deadline passed on {deadline}.");
}
