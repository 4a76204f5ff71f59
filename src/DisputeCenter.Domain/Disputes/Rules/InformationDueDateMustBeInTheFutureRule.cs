using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class InformationDueDateMustBeInTheFutureRule(DateTimeOffset dueAt, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => dueAt <= now;

    public string Message => $"The due date ({UtcText.Format(dueAt)}) must be in the future.";
}
