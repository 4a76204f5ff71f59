using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class SubmissionMustNotExceedFileCountRule(int fileCount) : IBusinessRule
{
    public bool IsBroken() => fileCount > EvidenceLimits.FilesPerSubmission;

    public string Message =>
        $"You can add at most {EvidenceLimits.FilesPerSubmission} files at a time (you chose {fileCount}).";
}
