using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

/// <summary>Only staged evidence may be removed; once submitted, evidence is part of the case record for good.</summary>
public sealed class SubmittedEvidenceCannotBeRemovedRule(EvidenceStatus status) : BusinessRule
{
    public override bool IsBroken() => status != EvidenceStatus.Staged;

    public override DomainText Text => Say($"Submitted evidence is part of the case record and can't be removed.");
}
