using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class SubmissionMustHaveFilesRule(int fileCount) : BusinessRule
{
    public override bool IsBroken() => fileCount <= 0;

    public override DomainText Text => Say($"Choose at least one file.");
}
