using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class SubmissionMustNotExceedFileCountRule(int fileCount) : BusinessRule
{
    public override bool IsBroken() => fileCount > EvidenceLimits.FilesPerSubmission;

    public override DomainText Text =>
        Say($"You can add at most {EvidenceLimits.FilesPerSubmission} files at a time (you chose {fileCount}).");
}
