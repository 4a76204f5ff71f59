using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class FileMustNotBeEmptyRule(string fileName, long sizeBytes) : IBusinessRule
{
    public bool IsBroken() => sizeBytes <= 0;

    public string Message => $"{fileName}: the file is empty.";
}
