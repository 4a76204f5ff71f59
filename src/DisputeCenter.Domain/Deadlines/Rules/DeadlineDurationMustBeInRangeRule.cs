using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Deadlines.Rules;

public sealed class DeadlineDurationMustBeInRangeRule(string clock, TimeSpan value) : BusinessRule
{
    public static readonly TimeSpan Longest = TimeSpan.FromDays(365);

    public override bool IsBroken() => value <= TimeSpan.Zero || value > Longest;

    public override DomainText Text => Say($"The {DomainText.Plain(clock)} must be more than zero and at most {Longest.TotalDays:0} days (it was {value}).");
}
