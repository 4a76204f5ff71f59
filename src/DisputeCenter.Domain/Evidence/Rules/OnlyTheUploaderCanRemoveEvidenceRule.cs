using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class OnlyTheUploaderCanRemoveEvidenceRule(string uploaderId, string userId) : BusinessRule
{
    public override bool IsBroken() => !string.Equals(uploaderId, userId, StringComparison.Ordinal);

    public override DomainText Text => Say($"Only the person who added this evidence can remove it.");
}
