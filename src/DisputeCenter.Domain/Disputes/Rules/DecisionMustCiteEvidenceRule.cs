using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A decision's rationale cites at least one item of evidence or statement.</summary>
public sealed class DecisionMustCiteEvidenceRule(IReadOnlyCollection<Citation> citations) : IBusinessRule
{
    public bool IsBroken() => citations.Count == 0;

    public string Message => "Cite at least one item of evidence or statement that the decision rests on.";
}
