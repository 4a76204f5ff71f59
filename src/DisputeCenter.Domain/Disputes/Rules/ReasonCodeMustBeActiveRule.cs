using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A decision's reason code is one of the platform's active reason codes.</summary>
public sealed class ReasonCodeMustBeActiveRule(string reasonCode, IReadOnlySet<string> active) : BusinessRule
{
    public override RuleSubject Subject => RuleSubject.ReasonCode;

    public override bool IsBroken() => !active.Contains(reasonCode.Trim());

    public override DomainText Text => Say($"The reason code \"{reasonCode.Trim()}\" is not in use; choose one of the listed reason codes.");
}
