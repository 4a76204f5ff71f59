using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class SubmissionMustHaveFilesRule(int fileCount) : IBusinessRule
{
    public bool IsBroken() => fileCount <= 0;

    public string Message => "Choose at least one file.";
}
