using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A deadline's consequence applies only after the deadline passed.</summary>
public sealed class DeadlineMustHavePassedRule(DateTimeOffset? deadline, DateTimeOffset now) : BusinessRule
{
    public override bool IsBroken() => deadline is null || now <= deadline;

    public override DomainText Text => deadline is null
        ? Say($"Nothing is due on this dispute: no clock is running.")
        : Say($"Nothing is overdue on this dispute: the current deadline is {deadline.Value}.");
}
