using System.Text.Json;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Accounts.PersonalData;

public sealed partial class PersonalDataExport
{
    /// <summary>Disputes with their children and timelines, this many at a time: a bounded batch in memory, whatever the total.</summary>
    private const int DisputeBatchSize = 100;

    /// <summary>
    /// The disputes the account is buyer or seller of. Their ids come first (small even by the thousand); each batch is then
    /// loaded whole, so that its offers, requests, decisions, refunds and timeline can be written under their dispute.
    /// </summary>
    private async Task WriteDisputesAsync(Utf8JsonWriter writer, string userId, CancellationToken cancellationToken)
    {
        var ids = await db.Disputes.Where(d => d.BuyerId == userId || d.SellerUserId == userId)
            .OrderBy(d => d.FiledAt).ThenBy(d => d.Id)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        writer.WriteStartArray("disputes");
        foreach (var batch in ids.Chunk(DisputeBatchSize))
        {
            var disputes = await db.Disputes.AsNoTracking().AsSplitQuery()
                .Include(d => d.Offers).Include(d => d.InformationRequests).Include(d => d.Decisions).Include(d => d.Refunds)
                .Where(d => batch.Contains(d.Id))
                .ToDictionaryAsync(d => d.Id, cancellationToken);
            var timelines = (await db.DisputeEvents.AsNoTracking()
                .Where(e => batch.Contains(e.DisputeId))
                .OrderBy(e => e.Sequence)
                .ToListAsync(cancellationToken)).ToLookup(e => e.DisputeId);
            foreach (var id in batch)
            {
                WriteDispute(writer, userId, disputes[id], timelines[id]);
                await writer.FlushIfFullAsync(cancellationToken);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteDispute(Utf8JsonWriter writer, string userId, Dispute dispute, IEnumerable<TimelineEntry> timeline)
    {
        writer.WriteStartObject();
        writer.WriteString("id", dispute.Id);
        writer.WriteString("role", dispute.BuyerId == userId ? BuyerRole : SellerRole);
        writer.WriteString("orderId", dispute.OrderId);
        writer.WriteString("orderNumber", dispute.OrderNumber);
        writer.WriteId("conversationId", dispute.ConversationId);
        writer.WriteEnum("reason", dispute.Reason);
        writer.WriteString("claim", dispute.Description);
        writer.WriteEnum("requestedRemedy", dispute.RequestedRemedy);
        writer.WriteEnum("state", dispute.Status);
        writer.WriteEnum("outcome", dispute.Outcome);
        writer.WriteMoney("amountPaid", dispute.AmountPaid);
        writer.WriteMoney("refundedBeforeFiling", dispute.RefundedBeforeFiling);
        writer.WriteMoney("amountClaimed", dispute.AmountClaimed);
        writer.WriteMoney("totalRefunded", dispute.TotalRefunded);
        writer.WriteInstant("filedAt", dispute.FiledAt);
        writer.WriteInstant("sellerRespondedAt", dispute.SellerRespondedAt);
        writer.WriteBoolean("sellerUnresponsive", dispute.SellerUnresponsive);
        writer.WriteInstant("escalatedAt", dispute.EscalatedAt);
        writer.WriteInstant("decidedAt", dispute.DecidedAt);
        writer.WriteInstant("appealedAt", dispute.AppealedAt);
        writer.WriteEnum("appealedBy", dispute.AppealedBy);
        writer.WriteString("appealInformation", dispute.AppealInformation);
        writer.WriteString("withdrawalReason", dispute.WithdrawalReason);
        writer.WriteInstant("closedAt", dispute.ClosedAt);
        writer.WriteInstant("nextDeadlineAt", dispute.NextDeadlineAt);
        WriteOffers(writer, userId, dispute);
        WriteInformationRequests(writer, userId, dispute);
        WriteDecisions(writer, dispute);
        writer.WriteStartArray("refunds");
        foreach (var refund in dispute.Refunds.OrderBy(r => r.RecordedAt))
        {
            writer.WriteStartObject();
            writer.WriteMoney("amount", refund.Amount);
            writer.WriteEnum("cause", refund.Cause);
            writer.WriteInstant("recordedAt", refund.RecordedAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("timeline");
        foreach (var entry in timeline)
        {
            TimelineDetails.Write(writer, userId, entry);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOffers(Utf8JsonWriter writer, string userId, Dispute dispute)
    {
        writer.WriteStartArray("offers");
        foreach (var offer in dispute.Offers.OrderBy(o => o.Sequence))
        {
            writer.WriteStartObject();
            writer.WriteString("id", offer.Id);
            writer.WriteNumber("sequence", offer.Sequence);
            writer.WriteEnum("madeBy", offer.MadeBy);
            writer.WriteBoolean("byYou", offer.MadeByUserId == userId);
            writer.WriteEnum("kind", offer.Kind);
            writer.WriteMoney("amount", offer.Amount);
            writer.WriteString("note", offer.Note);
            writer.WriteInstant("madeAt", offer.MadeAt);
            writer.WriteEnum("status", offer.Status);
            writer.WriteInstant("statusChangedAt", offer.StatusChangedAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The parties see every request and answer on the timeline; only the moderator who asked stays unnamed.</summary>
    private static void WriteInformationRequests(Utf8JsonWriter writer, string userId, Dispute dispute)
    {
        writer.WriteStartArray("informationRequests");
        foreach (var request in dispute.InformationRequests.OrderBy(r => r.RequestedAt))
        {
            writer.WriteStartObject();
            writer.WriteString("id", request.Id);
            writer.WriteEnum("requestedFrom", request.RequestedFrom);
            writer.WriteString("what", request.What);
            writer.WriteInstant("requestedAt", request.RequestedAt);
            writer.WriteInstant("dueAt", request.DueAt);
            writer.WriteEnum("ifMissed", request.IfMissed);
            writer.WriteString("answer", request.Answer);
            writer.WriteInstant("answeredAt", request.AnsweredAt);
            writer.WriteBoolean("answeredByYou", request.AnsweredByUserId == userId);
            writer.WriteInstant("missedAt", request.MissedAt);
            writer.WriteInstant("cancelledAt", request.CancelledAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A decision as the parties read it: outcome, reason and rationale, not which moderator wrote it.</summary>
    private static void WriteDecisions(Utf8JsonWriter writer, Dispute dispute)
    {
        writer.WriteStartArray("decisions");
        foreach (var decision in dispute.Decisions.OrderBy(d => d.DecidedAt))
        {
            writer.WriteStartObject();
            writer.WriteString("id", decision.Id);
            writer.WriteEnum("outcome", decision.Outcome);
            writer.WriteMoney("amount", decision.Amount);
            writer.WriteString("reasonCode", decision.ReasonCode);
            writer.WriteString("rationale", decision.Rationale);
            writer.WriteBoolean("onAppeal", decision.OnAppeal);
            writer.WriteInstant("decidedAt", decision.DecidedAt);
            writer.WriteStartArray("citations");
            foreach (var citation in decision.Citations)
            {
                writer.WriteStringValue(citation.ToString());
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
