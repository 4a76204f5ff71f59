using System.Text.Json;
using DisputeCenter.Services.Support;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Accounts.PersonalData;

public sealed partial class PersonalDataExport
{
    /// <summary>The support tickets the account opened, with every message (support staff are not named) and its attachments' ids.</summary>
    private async Task WriteSupportTicketsAsync(Utf8JsonWriter writer, string userId, CancellationToken cancellationToken)
    {
        var tickets = db.SupportTickets.AsNoTracking().AsSingleQuery()
            .Include(t => t.Messages).ThenInclude(m => m.Attachments)
            .Where(t => t.CustomerId == userId)
            .OrderBy(t => t.OpenedAt).ThenBy(t => t.Id)
            .AsAsyncEnumerable();
        writer.WriteStartArray("supportTickets");
        await foreach (var ticket in tickets.WithCancellation(cancellationToken))
        {
            writer.WriteStartObject();
            writer.WriteString("id", ticket.Id);
            writer.WriteString("reference", ticket.Reference);
            writer.WriteEnum("topic", ticket.Topic);
            writer.WriteId("orderId", ticket.OrderId);
            writer.WriteId("disputeId", ticket.DisputeId);
            writer.WriteString("subject", ticket.Subject);
            writer.WriteEnum("status", ticket.Status);
            writer.WriteInstant("openedAt", ticket.OpenedAt);
            writer.WriteInstant("closedAt", ticket.ClosedAt);
            writer.WriteStartArray("messages");
            foreach (var message in ticket.Messages.OrderBy(m => m.SentAt).ThenBy(m => m.Id))
            {
                writer.WriteStartObject();
                writer.WriteString("id", message.Id);
                writer.WriteEnum("author", message.Author);
                writer.WriteString("body", message.Body);
                writer.WriteInstant("sentAt", message.SentAt);
                writer.WriteStartArray("attachments");
                foreach (var attachment in message.Attachments)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", attachment.Id);
                    writer.WriteString("fileName", attachment.OriginalName);
                    writer.WriteString("mimeType", attachment.MimeType);
                    writer.WriteNumber("sizeBytes", attachment.SizeBytes);
                    writer.WriteString("sha256", attachment.Sha256);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushIfFullAsync(cancellationToken);
        }

        writer.WriteEndArray();
    }
}
