using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Notifications;
using DisputeCenter.Domain.Support;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static DisputeCenter.Services.Notifications.NotificationWording;

namespace DisputeCenter.Services.Notifications;

/// <summary>
/// Tells a support ticket's customer that support answered, and the moderator holding a ticket that the customer
/// wrote: in the app and by email (through the outbox), added to the caller's unit of work so they commit together.
/// </summary>
public sealed class SupportNotifier(DisputeCenterDbContext db, IOptions<EmailOptions> email, ITextRenderer texts)
{
    /// <summary>Support's answer, quoted, for the customer.</summary>
    public Task StaffAnsweredAsync(SupportTicket ticket, string answer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return NotifyAsync(
            ticket.CustomerId,
            ticket.Id,
            NotificationKind.SupportAnswered,
            Say($"Support answered your ticket {ticket.Reference}"),
            [
                Say($"Support answered your ticket {ticket.Reference} ({ticket.Subject}): {Quote(answer)}"),
                Say($"If this does not solve it, reply on the ticket's page: your reply goes straight back to support."),
            ],
            now,
            cancellationToken);
    }

    /// <summary>The customer's message, quoted, for the moderator holding the ticket; nobody is told when nobody holds it (it is in the queue).</summary>
    public Task CustomerWroteAsync(SupportTicket ticket, string message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.AssignedModeratorId is not { } moderatorId
            ? Task.CompletedTask
            : NotifyAsync(
                moderatorId,
                ticket.Id,
                NotificationKind.SupportCustomerWrote,
                Say($"The customer wrote on ticket {ticket.Reference}"),
                [Say($"The customer wrote on support ticket {ticket.Reference} ({ticket.Subject}): {Quote(message)}")],
                now,
                cancellationToken);
    }

    private async Task NotifyAsync(
        string userId, Guid ticketId, NotificationKind kind, DomainText title, IReadOnlyList<DomainText> body, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var to = await db.Users
            .Where(u => u.Id == userId)
            .Select(u => new { Address = u.IsDisabled ? null : u.Email, Name = u.DisplayName, Reader = new Reader(u.Culture, u.TimeZone) })
            .SingleAsync(cancellationToken);
        var notification = Notification.AboutSupportTicket(
            userId, ticketId, kind, texts.Render(title, to.Reader), string.Join("\n\n", body.Select(p => texts.Render(p, to.Reader))), now);
        db.Notifications.Add(notification);
        if (to.Address is { } address)
        {
            db.OutboxEmails.Add(OutboxEmail.Queue(
                address, to.Name, notification.Title, EmailText.For(notification, to.Name, email.Value.SiteUrl, text => texts.Render(text, to.Reader)), notification.Id, now));
        }
    }
}
