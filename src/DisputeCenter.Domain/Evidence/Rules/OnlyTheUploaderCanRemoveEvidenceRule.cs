using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class OnlyTheUploaderCanRemoveEvidenceRule(string uploaderId, string userId) : IBusinessRule
{
    public bool IsBroken() => !string.Equals(uploaderId, userId, StringComparison.Ordinal);

    public string Message => "Only the person who added this evidence can remove it.";
}
