using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A deadline's consequence applies only after the deadline passed.</summary>
public sealed class DeadlineMustHavePassedRule(DateTimeOffset? deadline, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => deadline is null || now <= deadline;

    public string Message => deadline is null
        ? "Nothing is due on this dispute: no clock is running."
        : $"Nothing is overdue on this dispute: the current deadline is {UtcText.Format(deadline.Value)}.";
}
