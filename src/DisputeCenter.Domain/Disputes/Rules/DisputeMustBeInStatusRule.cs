using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>Refuses an action the dispute's current status does not allow.</summary>
public sealed class DisputeMustBeInStatusRule(DisputeStatus current, string action, params DisputeStatus[] allowed) : IBusinessRule
{
    public bool IsBroken() => !allowed.Contains(current);

    public string Message => $"You can't {action} now: the dispute is {current}.";
}
