using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class FileMustNotBeEmptyRule(string fileName, long sizeBytes) : BusinessRule
{
    public override bool IsBroken() => sizeBytes <= 0;

    public override DomainText Text => Say($"{fileName}: the file is empty.");
}
