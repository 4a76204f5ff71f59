using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class EvidenceMustBeInStatusRule(EvidenceStatus current, string action, EvidenceStatus allowed) : IBusinessRule
{
    public bool IsBroken() => current != allowed;

    public string Message => $"You can't {action}: it is {current.ToString().ToLowerInvariant()}.";
}
