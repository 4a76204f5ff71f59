using System.Text.Json;
using DisputeCenter.Domain.Disputes.Timeline;
using static DisputeCenter.Domain.Disputes.Timeline.TimelineEvent;

namespace DisputeCenter.Services.Accounts.PersonalData;

/// <summary>
/// A timeline entry as the parties' timeline page shows it: when, which side, what happened and what was said. The
/// fields are named one by one rather than copied from the stored payload, so a moderator's id in it (a stalled or
/// unassigned case) and any field added later stay out until someone decides the parties may read them.
/// </summary>
internal static class TimelineDetails
{
    public static void Write(Utf8JsonWriter writer, string userId, TimelineEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sequence", entry.Sequence);
        writer.WriteInstant("occurredAt", entry.OccurredAt);
        writer.WriteEnum("kind", entry.Kind);
        writer.WriteEnum("actor", entry.Actor);
        writer.WriteBoolean("byYou", entry.ActorId == userId);
        writer.WriteEnum("stateAfter", entry.StatusAfter);
        writer.WriteStartObject("details");
        WriteDetails(writer, entry.Event);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteDetails(Utf8JsonWriter writer, TimelineEvent happened)
    {
        switch (happened)
        {
            case Filed filed:
                writer.WriteEnum("reason", filed.Reason);
                writer.WriteEnum("remedy", filed.Remedy);
                writer.WriteMoney("amountClaimed", filed.AmountClaimed);
                break;
            case SellerResponded responded:
                writer.WriteString("statement", responded.Statement);
                break;
            case SellerRejected rejected:
                writer.WriteString("statement", rejected.Statement);
                writer.WriteId("rejectedOfferId", rejected.RejectedOfferId);
                break;
            case OfferMade offer:
                writer.WriteString("offerId", offer.OfferId);
                writer.WriteEnum("remedy", offer.Remedy);
                writer.WriteMoney("amount", offer.Amount);
                writer.WriteString("note", offer.Note);
                break;
            case OfferAccepted accepted:
                writer.WriteString("offerId", accepted.OfferId);
                writer.WriteEnum("outcome", accepted.Outcome);
                writer.WriteMoney("refund", accepted.Refund);
                break;
            case Escalated escalated:
                writer.WriteEnum("why", escalated.Why);
                break;
            case InformationRequested requested:
                writer.WriteString("requestId", requested.RequestId);
                writer.WriteEnum("from", requested.From);
                writer.WriteString("what", requested.What);
                writer.WriteInstant("dueAt", requested.DueAt);
                break;
            case InformationAnswered answered:
                writer.WriteString("requestId", answered.RequestId);
                writer.WriteString("answer", answered.Answer);
                break;
            case Decided decided:
                writer.WriteString("decisionId", decided.DecisionId);
                writer.WriteEnum("outcome", decided.Outcome);
                writer.WriteMoney("amount", decided.Amount);
                writer.WriteString("rationale", decided.Rationale);
                writer.WriteBoolean("onAppeal", decided.OnAppeal);
                break;
            case Appealed appealed:
                writer.WriteString("newInformation", appealed.NewInformation);
                break;
            case Withdrawn withdrawn:
                writer.WriteString("reason", withdrawn.Reason);
                break;
            case Closed closed:
                writer.WriteEnum("why", closed.Why);
                break;
            case EvidenceAdded added:
                writer.WriteString("evidenceId", added.EvidenceId);
                writer.WriteEnum("evidenceKind", added.EvidenceKind);
                writer.WriteString("fileName", added.Name);
                writer.WriteNumber("sizeBytes", added.Bytes);
                writer.WriteString("sha256", added.Sha256);
                break;
            case EvidenceHidden hidden:
                writer.WriteString("evidenceId", hidden.EvidenceId);
                writer.WriteString("reason", hidden.Reason);
                break;
            case MessagePosted message:
                writer.WriteString("body", message.Body);
                break;
            case InformationRequestMissed missed:
                writer.WriteString("requestId", missed.RequestId);
                writer.WriteEnum("consequence", missed.Consequence);
                break;
            case ModeratorUnassigned unassigned:
                writer.WriteEnum("why", unassigned.Why);
                break;
            case ReturnOpened opened:
                writer.WriteMoney("refundDue", opened.RefundDue);
                writer.WriteInstant("addressDueAt", opened.AddressDueAt);
                break;
            case ReturnAddressGiven address:
                writer.WriteString("address", address.Address);
                writer.WriteBoolean("platformAddress", address.Address is null);
                break;
            case ReturnShipped shipped:
                writer.WriteString("carrier", shipped.Carrier);
                writer.WriteString("trackingNumber", shipped.TrackingNumber);
                break;
            case ReturnDelivered delivered:
                writer.WriteInstant("deliveredAt", delivered.DeliveredAt);
                writer.WriteInstant("receiptDueAt", delivered.ReceiptDueAt);
                break;
            case ReturnReceived received:
                writer.WriteMoney("refund", received.Refund);
                writer.WriteBoolean("automatically", received.Automatically);
                break;
            case ReturnProblemReported problem:
                writer.WriteEnum("problem", problem.Problem);
                writer.WriteString("statement", problem.Statement);
                break;
            default:
                break;
        }
    }
}
