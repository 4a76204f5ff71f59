using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class RationaleMustBeGivenRule(string? text) : TextRule("The rationale of a decision", text, Decision.RationaleMinNonBlank, Decision.RationaleMaxLength)
{
    public override RuleSubject Subject => RuleSubject.Rationale;
}
