using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>An action bound to a deadline is refused one moment after it, whether or not the sweeper ran yet.</summary>
public sealed class DeadlineMustNotHavePassedRule(string action, DateTimeOffset deadline, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => now > deadline;

    public string Message => $"You can't {action} any more: the deadline passed on {UtcText.Format(deadline)}.";
}
