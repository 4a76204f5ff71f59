using System.Text.Json;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Accounts.PersonalData;

public sealed partial class PersonalDataExport
{
    private IQueryable<SellerConversation> ConversationsOf(string userId) =>
        db.SellerConversations.AsNoTracking().Where(c => c.BuyerId == userId || c.SellerUserId == userId);

    private async Task WriteConversationsAsync(Utf8JsonWriter writer, string userId, CancellationToken cancellationToken)
    {
        var conversations = ConversationsOf(userId).AsSingleQuery()
            .Include(c => c.Messages).ThenInclude(m => m.Attachments)
            .OrderBy(c => c.StartedAt).ThenBy(c => c.Id)
            .AsAsyncEnumerable();
        writer.WriteStartArray("conversations");
        await foreach (var conversation in conversations.WithCancellation(cancellationToken))
        {
            writer.WriteStartObject();
            writer.WriteString("id", conversation.Id);
            writer.WriteString("role", conversation.BuyerId == userId ? BuyerRole : SellerRole);
            writer.WriteString("orderId", conversation.OrderId);
            writer.WriteEnum("reason", conversation.Reason);
            writer.WriteInstant("startedAt", conversation.StartedAt);
            writer.WriteInstant("sellerFirstAnsweredAt", conversation.SellerFirstAnsweredAt);
            writer.WriteInstant("markedFailedAt", conversation.MarkedFailedAt);
            writer.WriteInstant("markedResolvedAt", conversation.MarkedResolvedAt);
            writer.WriteStartArray("messages");
            foreach (var message in conversation.Messages.OrderBy(m => m.SentAt).ThenBy(m => m.Id))
            {
                WriteMessage(writer, userId, message);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushIfFullAsync(cancellationToken);
        }

        writer.WriteEndArray();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string userId, ConversationMessage message)
    {
        writer.WriteStartObject();
        writer.WriteString("id", message.Id);
        writer.WriteEnum("author", message.Author);
        writer.WriteBoolean("byYou", message.AuthorUserId == userId);
        writer.WriteString("body", message.Body);
        writer.WriteInstant("sentAt", message.SentAt);
        writer.WriteStartArray("attachmentIds");
        foreach (var attachment in message.Attachments)
        {
            writer.WriteStringValue(attachment.Id);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// What is known about every file the account can see, never the file: the evidence of its disputes under the
    /// evidence pages' rule (submitted items, and its own drafts, including those of a filing form not yet sent;
    /// not the other party's drafts, not what a moderator hid), then the attachments of its conversations.
    /// </summary>
    private async Task WriteEvidenceAsync(Utf8JsonWriter writer, string userId, CancellationToken cancellationToken)
    {
        var evidence = db.EvidenceItems.AsNoTracking()
            .Where(e => (e.Status == EvidenceStatus.Submitted && db.Disputes.Any(d => d.Id == e.DisputeId && (d.BuyerId == userId || d.SellerUserId == userId)))
                || (e.Status == EvidenceStatus.Staged && e.UploaderId == userId && (e.UploadedBy == ActorKind.Buyer || e.UploadedBy == ActorKind.Seller)))
            .OrderBy(e => e.ReceivedAt).ThenBy(e => e.Id)
            .Select(e => new { Item = e, Filed = db.Disputes.Any(d => d.Id == e.DisputeId) })
            .AsAsyncEnumerable();
        writer.WriteStartArray("evidence");
        await foreach (var row in evidence.WithCancellation(cancellationToken))
        {
            var item = row.Item;
            writer.WriteStartObject();
            writer.WriteString("id", item.Id);
            writer.WriteString("source", "dispute");
            writer.WriteId("disputeId", row.Filed ? item.DisputeId : null);
            writer.WriteNull("conversationId");
            writer.WriteString("fileName", item.OriginalName);
            writer.WriteEnum("kind", item.Kind);
            writer.WriteString("caption", item.Caption);
            writer.WriteString("mimeType", item.MimeType);
            writer.WriteNumber("sizeBytes", item.SizeBytes);
            writer.WriteString("sha256", item.Sha256);
            writer.WriteEnum("status", item.Status);
            writer.WriteEnum("uploadedBy", item.UploadedBy);
            writer.WriteBoolean("uploadedByYou", item.UploaderId == userId);
            writer.WriteInstant("uploadedAt", item.ReceivedAt);
            writer.WriteInstant("submittedAt", item.SubmittedAt);
            writer.WriteEndObject();
            await writer.FlushIfFullAsync(cancellationToken);
        }

        await WriteAttachmentsAsync(writer, userId, cancellationToken);
        writer.WriteEndArray();
    }

    private async Task WriteAttachmentsAsync(Utf8JsonWriter writer, string userId, CancellationToken cancellationToken)
    {
        var attachments = ConversationsOf(userId)
            .SelectMany(c => c.Messages.SelectMany(m => m.Attachments.Select(a => new
            {
                a.Id,
                ConversationId = c.Id,
                m.Author,
                m.AuthorUserId,
                m.SentAt,
                a.OriginalName,
                a.Format,
                a.SizeBytes,
                a.Sha256,
            })))
            .OrderBy(a => a.SentAt).ThenBy(a => a.Id)
            .AsAsyncEnumerable();
        await foreach (var attachment in attachments.WithCancellation(cancellationToken))
        {
            writer.WriteStartObject();
            writer.WriteString("id", attachment.Id);
            writer.WriteString("source", "conversation");
            writer.WriteNull("disputeId");
            writer.WriteString("conversationId", attachment.ConversationId);
            writer.WriteString("fileName", attachment.OriginalName);
            writer.WriteNull("kind");
            writer.WriteNull("caption");
            writer.WriteString("mimeType", EvidenceFormatInfo.Of(attachment.Format).MimeType);
            writer.WriteNumber("sizeBytes", attachment.SizeBytes);
            writer.WriteString("sha256", attachment.Sha256);
            writer.WriteString("status", "sent");
            writer.WriteEnum("uploadedBy", attachment.Author);
            writer.WriteBoolean("uploadedByYou", attachment.AuthorUserId == userId);
            writer.WriteInstant("uploadedAt", attachment.SentAt);
            writer.WriteInstant("submittedAt", attachment.SentAt);
            writer.WriteEndObject();
            await writer.FlushIfFullAsync(cancellationToken);
        }
    }
}
