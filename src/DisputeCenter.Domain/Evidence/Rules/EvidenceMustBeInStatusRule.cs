using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class EvidenceMustBeInStatusRule(EvidenceStatus current, string action, EvidenceStatus allowed) : BusinessRule
{
    public override bool IsBroken() => current != allowed;

    public override DomainText Text => Say($"You can't {DomainText.Plain(action)}: it is {Word(current)}.");
}
