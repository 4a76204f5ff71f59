using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class InformationDueDateMustBeInTheFutureRule(DateTimeOffset dueAt, DateTimeOffset now) : BusinessRule
{
    public override RuleSubject Subject => RuleSubject.DueDate;

    public override bool IsBroken() => dueAt <= now;

    public override DomainText Text => Say($"The due date ({dueAt}) must be in the future.");
}
