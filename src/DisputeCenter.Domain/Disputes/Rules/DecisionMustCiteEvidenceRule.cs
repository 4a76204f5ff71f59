using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A decision's rationale cites at least one item of evidence or statement.</summary>
public sealed class DecisionMustCiteEvidenceRule(IReadOnlyCollection<Citation> citations) : BusinessRule
{
    public override RuleSubject Subject => RuleSubject.Citations;

    public override bool IsBroken() => citations.Count == 0;

    public override DomainText Text => Say($"Cite at least one item of evidence or statement that the decision rests on.");
}
