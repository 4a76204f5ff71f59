using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>Refuses an action the dispute's current status does not allow.</summary>
public sealed class DisputeMustBeInStatusRule(DisputeStatus current, string action, params DisputeStatus[] allowed) : BusinessRule
{
    public override bool IsBroken() => !allowed.Contains(current);

    public override DomainText Text => Say($"You can't {DomainText.Plain(action)} now: the dispute is {current}.");
}
