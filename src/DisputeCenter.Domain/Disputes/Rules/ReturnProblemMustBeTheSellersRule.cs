using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Returns;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A seller reports goods damaged or missing; "not delivered" is the platform's own finding from the carrier.</summary>
public sealed class ReturnProblemMustBeTheSellersRule(ReturnProblem problem) : BusinessRule
{
    public override RuleSubject Subject => RuleSubject.ReturnProblem;

    public override bool IsBroken() => problem is not (ReturnProblem.Damaged or ReturnProblem.Missing);

    public override DomainText Text => Say($"Say whether the goods arrived damaged or are missing.");
}
