using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Returns;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>Refuses a return step out of turn: each step of a return comes once, in order.</summary>
public sealed class ReturnMustBeAtStepRule(ReturnShipment? shipment, string action, params ReturnStatus[] allowed) : BusinessRule
{
    public override bool IsBroken() => shipment is null || !shipment.IsOpen || !allowed.Contains(shipment.Status);

    public override DomainText Text => shipment is null
        ? Say($"You can't {DomainText.Plain(action)}: this dispute has no return.")
        : Say($"You can't {DomainText.Plain(action)} now: the return is {Word(shipment.Status)}.");
}
