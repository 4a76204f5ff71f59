using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>The code the system uses for its own decisions cannot be deactivated.</summary>
public sealed class SystemReasonCodeMustStayActiveRule(string code, bool isSystem) : BusinessRule
{
    public override bool IsBroken() => isSystem;

    public override DomainText Text => Say($"The reason code \"{code}\" is used by the system itself and stays active.");
}
