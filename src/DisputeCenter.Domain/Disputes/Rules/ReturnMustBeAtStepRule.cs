using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Returns;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>Refuses a return step out of turn: each step of a return comes once, in order.</summary>
public sealed class ReturnMustBeAtStepRule(ReturnShipment? shipment, string action, params ReturnStatus[] allowed) : BusinessRule
{
    public override bool IsBroken() => shipment is null || !shipment.IsOpen || !allowed.Contains(shipment.Status);

    public override DomainText Text => shipment is null
        ? Say($"You can't {DomainText.Plain(action)}: this dispute has no return.")
        : Say($"You can't {DomainText.Plain(action)} now: the return is {Step(shipment.Status)}.");

    private static DomainText Step(ReturnStatus status) => DomainText.Plain(status switch
    {
        ReturnStatus.AwaitingAddress => "waiting for the seller's address",
        ReturnStatus.AwaitingShipment => "waiting for the buyer to send the goods",
        ReturnStatus.InTransit => "on its way",
        ReturnStatus.Delivered => "delivered and waiting for the seller",
        ReturnStatus.Received => "complete",
        ReturnStatus.ProblemReported => "with a moderator",
        _ => "lapsed",
    });
}
