using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Returns;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;

namespace DisputeCenter.Domain.Disputes;

/// <summary>
/// Return and refund: the goods go back, tracked, before the money does. A settlement or decision on a return opens
/// it; the seller gives an address (or the platform's is used), the buyer ships with tracking, the seller confirms
/// receipt (or reports the goods damaged or missing, which goes to a moderator). The refund is made on receipt, or
/// automatically when the seller stays silent past its time after the carrier shows delivery.
/// </summary>
public sealed partial class Dispute
{
    private static readonly ReturnStatus[] ArrivingStatuses = [ReturnStatus.InTransit, ReturnStatus.Delivered];

    /// <summary>The seller's time to confirm goods is never shorter than this from the moment the platform learns of delivery.</summary>
    private static readonly TimeSpan ShortestReceiptNotice = TimeSpan.FromDays(1);

    /// <summary>The return of the goods, once a return and refund was agreed or decided.</summary>
    public ReturnShipment? Return { get; private set; }

    /// <summary>The seller gives the address the goods go back to.</summary>
    public void GiveReturnAddress(string sellerUserId, string address, DateTimeOffset now)
    {
        GuardReturnAddress(sellerUserId, now);
        CheckRule(new ReturnAddressMustBeGivenRule(address));
        UseReturnAddress(address.Trim(), ActorKind.Seller, sellerUserId, now.ToUniversalTime());
    }

    /// <summary>The buyer sends the goods back and enters the carrier and tracking number, before the shipping deadline.</summary>
    public void ShipReturn(string buyerId, string carrier, string trackingNumber, DateTimeOffset now)
    {
        GuardShipReturn(buyerId, now);
        CheckRule(new CarrierMustBeGivenRule(carrier));
        CheckRule(new TrackingNumberMustBeWellFormedRule(trackingNumber));
        var utcNow = now.ToUniversalTime();
        var tracking = trackingNumber.Trim().ToUpperInvariant();
        Return!.Ship(carrier.Trim(), tracking, utcNow, utcNow + Deadlines.ReturnTransit);
        NextDeadlineAt = Return.DueAt;
        Record(new TimelineEvent.ReturnShipped(Return.Carrier!, tracking), ActorKind.Buyer, buyerId, utcNow);
    }

    /// <summary>
    /// The marketplace reports that the carrier delivered the return. The seller then has the receipt time, counted
    /// from the delivery (but never less than a day from now), to confirm the goods or report a problem.
    /// </summary>
    public void RecordReturnDelivered(DateTimeOffset deliveredAt, DateTimeOffset now)
    {
        CheckStatus("record a return's delivery", DisputeStatus.AwaitingReturn);
        CheckRule(new ReturnMustBeAtStepRule(Return, "record a return's delivery", ReturnStatus.InTransit));
        var utcNow = now.ToUniversalTime();
        var delivered = deliveredAt.ToUniversalTime();
        CheckRule(new CarrierDeliveryMustFollowShippingRule(delivered, Return!.ShippedAt!.Value, utcNow));
        var due = delivered + Deadlines.ReturnReceipt;
        Return.RecordCarrierDelivery(delivered, due < utcNow + ShortestReceiptNotice ? utcNow + ShortestReceiptNotice : due);
        NextDeadlineAt = Return.DueAt;
        Record(new TimelineEvent.ReturnDelivered(delivered, Return.ReceiptDueAt!.Value), ActorKind.System, null, utcNow);
    }

    /// <summary>The seller confirms the goods are back: the buyer is refunded and the dispute ends.</summary>
    public void ConfirmReturnReceived(string sellerUserId, DateTimeOffset now)
    {
        GuardReturnReceipt(sellerUserId, now);
        CompleteReturn(automatically: false, ActorKind.Seller, sellerUserId, now.ToUniversalTime());
    }

    /// <summary>The seller reports the returned goods damaged or missing, with its statement: a moderator decides.</summary>
    public void ReportReturnProblem(string sellerUserId, ReturnProblem problem, string statement, DateTimeOffset now)
    {
        GuardReturnReceipt(sellerUserId, now);
        CheckRule(new ReturnProblemMustBeTheSellersRule(problem));
        CheckRule(new StatementMustBeGivenRule(statement));
        SendReturnToModerator(problem, statement.Trim(), ActorKind.Seller, sellerUserId, now.ToUniversalTime());
    }

    private void SendReturnToModerator(ReturnProblem problem, string? statement, ActorKind actor, string? actorId, DateTimeOffset now)
    {
        Return!.ReportProblem(problem, statement, now);
        Status = MediationStatus;
        EscalatedAt ??= now;
        AssignedModeratorId = null;
        AssignedAt = null;
        NextDeadlineAt = now + Deadlines.ModeratorAction;
        Record(statement is null ? new TimelineEvent.ReturnNotDelivered() : new TimelineEvent.ReturnProblemReported(problem, statement), actor, actorId, now);
    }

    /// <summary>Starts the return when a settlement or decision is a return and refund; the refund waits for the goods.</summary>
    private void OpenReturn(ReturnOrigin origin, Money refundDue, DateTimeOffset now)
    {
        Return = new ReturnShipment(Guid.CreateVersion7(now), origin, refundDue, now, now + Deadlines.ReturnAddress);
        Status = DisputeStatus.AwaitingReturn;
        AssignedModeratorId = null;
        NextDeadlineAt = Return.DueAt;
        Record(new TimelineEvent.ReturnOpened(refundDue, Return.AddressDueAt), ActorKind.System, null, now);
    }

    private void UseReturnAddress(string? address, ActorKind actor, string? actorId, DateTimeOffset now)
    {
        Return!.UseAddress(address, now, now + Deadlines.ReturnShipment);
        NextDeadlineAt = Return.DueAt;
        Record(new TimelineEvent.ReturnAddressGiven(address), actor, actorId, now);
    }

    private void CompleteReturn(bool automatically, ActorKind actor, string? actorId, DateTimeOffset now)
    {
        var shipment = Return!;
        shipment.Receive(now, automatically);
        var cause = shipment.Origin switch
        {
            ReturnOrigin.Settlement => RefundCause.Settlement,
            ReturnOrigin.Decision => RefundCause.Decision,
            _ => RefundCause.Appeal,
        };
        var refundsBefore = TotalRefunded;
        AddRefund(shipment.RefundDue, cause, now);
        Record(new TimelineEvent.ReturnReceived(TotalRefunded - refundsBefore, automatically), actor, actorId, now);
        switch (shipment.Origin)
        {
            case ReturnOrigin.Settlement:
                Close(DisputeStatus.Settled, now);
                break;
            case ReturnOrigin.DecisionOnAppeal:
                Close(DisputeStatus.Closed, now);
                Record(new TimelineEvent.Closed(ClosureReason.DecidedOnAppeal), ActorKind.System, null, now);
                break;
            case ReturnOrigin.Decision when AppealDueAt > now:
                Status = DisputeStatus.Decided;
                NextDeadlineAt = AppealDueAt;
                break;
            default:
                Close(DisputeStatus.Closed, now);
                Record(new TimelineEvent.Closed(ClosureReason.AppealWindowClosed), ActorKind.System, null, now);
                break;
        }
    }

    /// <summary>The return's clock ran out: the platform's address is used, the return lapses, goes to a moderator, or is refunded.</summary>
    private DeadlineConsequence ApplyReturnDeadline(DateTimeOffset now)
    {
        var shipment = Return!;
        var missed = shipment.DueAt!.Value;
        switch (shipment.Status)
        {
            case ReturnStatus.AwaitingAddress:
                UseReturnAddress(null, ActorKind.System, null, now);
                return new(DeadlineConsequenceKind.ReturnToPlatformAddress, DisputeStatus.AwaitingReturn, Status, missed, DisputeTexts.SellerGaveNoReturnAddress);
            case ReturnStatus.AwaitingShipment:
                shipment.Lapse(now);
                Close(DisputeStatus.Expired, now);
                Record(new TimelineEvent.ReturnLapsed(), ActorKind.System, null, now);
                return new(DeadlineConsequenceKind.ReturnLapsed, DisputeStatus.AwaitingReturn, Status, missed, DisputeTexts.BuyerDidNotShipReturn);
            case ReturnStatus.InTransit:
                SendReturnToModerator(ReturnProblem.NotDelivered, null, ActorKind.System, null, now);
                return new(DeadlineConsequenceKind.ReturnNotDelivered, DisputeStatus.AwaitingReturn, Status, missed, DisputeTexts.ReturnNotDelivered);
            default:
                CompleteReturn(automatically: true, ActorKind.System, null, now);
                return new(DeadlineConsequenceKind.ReturnRefundedAutomatically, DisputeStatus.AwaitingReturn, Status, missed, DisputeTexts.SellerSilentAfterDelivery);
        }
    }

    private void GuardReturnAddress(string sellerUserId, DateTimeOffset now)
    {
        CheckStatus("give a return address", DisputeStatus.AwaitingReturn);
        CheckParty(Party.Seller, sellerUserId);
        CheckRule(new ReturnMustBeAtStepRule(Return, "give a return address", ReturnStatus.AwaitingAddress));
        CheckRule(new DeadlineMustNotHavePassedRule("give a return address", Return!.AddressDueAt, now));
    }

    private void GuardShipReturn(string buyerId, DateTimeOffset now)
    {
        CheckStatus("send the return", DisputeStatus.AwaitingReturn);
        CheckParty(Party.Buyer, buyerId);
        CheckRule(new ReturnMustBeAtStepRule(Return, "send the return", ReturnStatus.AwaitingShipment));
        CheckRule(new DeadlineMustNotHavePassedRule("send the return", Return!.ShipByAt!.Value, now));
    }

    private void GuardReturnReceipt(string sellerUserId, DateTimeOffset now)
    {
        CheckStatus("confirm the returned goods", DisputeStatus.AwaitingReturn);
        CheckParty(Party.Seller, sellerUserId);
        CheckRule(new ReturnMustBeAtStepRule(Return, "confirm the returned goods", ArrivingStatuses));
        if (Return!.Status == ReturnStatus.Delivered)
        {
            CheckRule(new DeadlineMustNotHavePassedRule("confirm the returned goods", Return.ReceiptDueAt!.Value, now));
        }
    }
}
