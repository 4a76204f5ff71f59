using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class ReasonCodeMustBeGivenRule(string? text) : TextRule("The reason code", text, 1, Decision.ReasonCodeMaxLength)
{
    public override RuleSubject Subject => RuleSubject.ReasonCode;
}
