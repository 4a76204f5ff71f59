using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Support;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Evidence.Storage;
using DisputeCenter.Services.Notifications;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DisputeCenter.Services.Support;

/// <summary>
/// The help desk: a buyer or seller opens a ticket and writes in it; a moderator takes it, answers (by email and in
/// the app) and closes it. Attachments go through the evidence vault exactly as a conversation's do.
/// </summary>
public sealed class SupportTicketService(
    DisputeCenterDbContext db, ChangeRunner changes, SupportNotifier notifier, IEvidenceStore store, TimeProvider clock)
{
    public static readonly DomainText NotYourOrder = DomainText.Plain("Choose one of your own orders.");

    public static readonly DomainText NotYourDispute = DomainText.Plain("Choose one of your own disputes.");

    private static readonly DomainText Conflict =
        DomainText.Plain("Someone else changed this ticket a moment ago, so nothing was saved. Please look at it again and retry.");

    /// <summary>Opens a ticket. An order or dispute that is not the customer's reads exactly like one that does not exist.</summary>
    public async Task<Result<Guid>> OpenAsync(
        string customerId, OpenTicketCommand command, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var topic = command.Topic ?? throw new ArgumentException("Validate the command first: a topic is required.", nameof(command));
        if (command.OrderId is { } orderId && !await OwnOrders(customerId).AnyAsync(o => o.Id == orderId, cancellationToken))
        {
            return Result<Guid>.Invalid([NotYourOrder]);
        }

        if (command.DisputeId is { } disputeId && !await db.Disputes.AnyAsync(d => d.Id == disputeId && (d.BuyerId == customerId || d.SellerUserId == customerId), cancellationToken))
        {
            return Result<Guid>.Invalid([NotYourDispute]);
        }

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (attachments, refusal) = await WriteAsync(id, await UploaderAsync(customerId, cancellationToken), files, 0, now, cancellationToken);
        if (refusal is not null)
        {
            return Result<Guid>.Invalid([refusal]);
        }

        var result = await changes.RunAsync(
            () =>
            {
                var ticket = SupportTicket.Open(id, customerId, topic, command.OrderId, command.DisputeId, command.Subject, command.Message, now, attachments);
                db.SupportTickets.Add(ticket);
                return ticket.Id;
            },
            beforeSave: null,
            Conflict,
            cancellationToken);
        await CommitIfSucceededAsync(transaction, result, cancellationToken);
        return result;
    }

    /// <summary>The customer writes in their ticket (reopening it within the reopen window); the moderator holding it is told.</summary>
    public async Task<Result<Guid>> ReplyAsCustomerAsync(
        string customerId, Guid ticketId, string body, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await ActAsync(
            ticketId,
            t => t.CustomerId == customerId,
            await UploaderAsync(customerId, cancellationToken),
            files,
            (ticket, attachments, now) => ticket.PostByCustomer(customerId, body, now, attachments),
            (ticket, now, ct) => notifier.CustomerWroteAsync(ticket, body, now, ct),
            cancellationToken);
        await CommitIfSucceededAsync(transaction, result, cancellationToken);
        return result;
    }

    /// <summary>Support answers: the customer is told in the app and by email, in the same transaction.</summary>
    public async Task<Result<Guid>> ReplyAsStaffAsync(
        string moderatorId, Guid ticketId, string body, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await ActAsync(
            ticketId,
            _ => true,
            EvidenceUploader.Moderator(moderatorId),
            files,
            (ticket, attachments, now) => ticket.ReplyByStaff(moderatorId, body, now, attachments),
            (ticket, now, ct) => notifier.StaffAnsweredAsync(ticket, body, now, ct),
            cancellationToken);
        await CommitIfSucceededAsync(transaction, result, cancellationToken);
        return result;
    }

    public Task<Result<Guid>> AssignAsync(string moderatorId, Guid ticketId, CancellationToken cancellationToken = default) =>
        ActAsync(ticketId, _ => true, null, [], (t, _, now) => t.Assign(moderatorId, now), null, cancellationToken);

    public Task<Result<Guid>> ReleaseAsync(string moderatorId, Guid ticketId, CancellationToken cancellationToken = default) =>
        ActAsync(ticketId, _ => true, null, [], (t, _, now) => t.Release(moderatorId, now), null, cancellationToken);

    public Task<Result<Guid>> CloseAsStaffAsync(string moderatorId, Guid ticketId, CancellationToken cancellationToken = default) =>
        ActAsync(ticketId, _ => true, null, [], (t, _, now) => t.CloseByStaff(moderatorId, now), null, cancellationToken);

    public Task<Result<Guid>> CloseAsCustomerAsync(string customerId, Guid ticketId, CancellationToken cancellationToken = default) =>
        ActAsync(ticketId, t => t.CustomerId == customerId, null, [], (t, _, now) => t.CloseByCustomer(customerId, now), null, cancellationToken);

    /// <summary>The customer's own ticket (anyone else's reads as missing: null).</summary>
    public Task<SupportTicketView?> ForCustomerAsync(string customerId, Guid ticketId, CancellationToken cancellationToken = default) =>
        ViewAsync(ticketId, customerId, cancellationToken);

    /// <summary>Any ticket, for support staff.</summary>
    public Task<SupportTicketView?> ForStaffAsync(Guid ticketId, CancellationToken cancellationToken = default) =>
        ViewAsync(ticketId, null, cancellationToken);

    /// <summary>An attachment's record and content: for the ticket's customer, or for staff; anyone else gets null (a 404).</summary>
    public async Task<(SupportAttachment Attachment, Stream Content)?> OpenAttachmentAsync(
        string userId, bool isStaff, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var attachment = await db.SupportTickets.AsNoTracking()
            .Where(t => isStaff || t.CustomerId == userId)
            .SelectMany(t => t.Messages).SelectMany(m => m.Attachments)
            .SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);
        return attachment is null ? null : (attachment, await store.OpenReadAsync(attachment.Id, cancellationToken: cancellationToken));
    }

    /// <summary>The orders the user bought or sold.</summary>
    internal IQueryable<Domain.Orders.Order> OwnOrders(string userId) =>
        db.Orders.Where(o => o.BuyerId == userId || db.Sellers.Any(s => s.Id == o.SellerId && s.UserId == userId));

    private async Task<SupportTicketView?> ViewAsync(Guid ticketId, string? customerId, CancellationToken cancellationToken)
    {
        var ticket = await db.SupportTickets.Include(t => t.Messages).ThenInclude(m => m.Attachments).AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == ticketId && (customerId == null || t.CustomerId == customerId), cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        var userIds = ticket.Messages.Select(m => m.AuthorUserId).Append(ticket.CustomerId).Append(ticket.AssignedModeratorId ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, StringComparer.Ordinal, cancellationToken);
        var orderNumber = ticket.OrderId is { } orderId ? await db.Orders.Where(o => o.Id == orderId).Select(o => o.Number).SingleOrDefaultAsync(cancellationToken) : null;
        var disputeOrder = ticket.DisputeId is { } disputeId ? await db.Disputes.Where(d => d.Id == disputeId).Select(d => d.OrderNumber).SingleOrDefaultAsync(cancellationToken) : null;
        return new SupportTicketView(
            ticket,
            names.GetValueOrDefault(ticket.CustomerId, string.Empty),
            ticket.AssignedModeratorId is { } held ? names.GetValueOrDefault(held) : null,
            names,
            orderNumber,
            disputeOrder,
            clock.GetUtcNow());
    }

    private async Task<EvidenceUploader> UploaderAsync(string customerId, CancellationToken cancellationToken) =>
        await db.Sellers.AnyAsync(s => s.UserId == customerId, cancellationToken) ? EvidenceUploader.Seller(customerId) : EvidenceUploader.Buyer(customerId);

    private async Task<(IReadOnlyList<SupportAttachment> Files, DomainText? Refusal)> WriteAsync(
        Guid ticketId, EvidenceUploader uploader, IReadOnlyList<IncomingFile> files, long bytesAlready, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (written, refusal) = await new ConversationAttachments(store).WriteAsync(ticketId, uploader, files, bytesAlready, now, cancellationToken);
        return (written.Select(a => new SupportAttachment(a.Id, a.OriginalName, a.Format, a.SizeBytes, a.Sha256)).ToList(), refusal);
    }

    /// <summary>Loads the ticket (null unless <paramref name="visible"/>: a 404), writes the files, lets the domain act, adds the notifications, saves.</summary>
    private async Task<Result<Guid>> ActAsync(
        Guid ticketId,
        Func<SupportTicket, bool> visible,
        EvidenceUploader? uploader,
        IReadOnlyList<IncomingFile> files,
        Action<SupportTicket, IReadOnlyList<SupportAttachment>, DateTimeOffset> action,
        Func<SupportTicket, DateTimeOffset, CancellationToken, Task>? notify,
        CancellationToken cancellationToken)
    {
        var ticket = await db.SupportTickets.Include(t => t.Messages).ThenInclude(m => m.Attachments)
            .SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken);
        if (ticket is null || !visible(ticket))
        {
            return Result<Guid>.NotFound();
        }

        var now = clock.GetUtcNow();
        IReadOnlyList<SupportAttachment> attachments = [];
        if (uploader is not null && files.Count > 0)
        {
            var already = ticket.Messages.SelectMany(m => m.Attachments).Sum(a => a.SizeBytes);
            (attachments, var refusal) = await WriteAsync(ticket.Id, uploader, files, already, now, cancellationToken);
            if (refusal is not null)
            {
                return Result<Guid>.Invalid([refusal]);
            }
        }

        return await changes.RunAsync(
            () =>
            {
                action(ticket, attachments, now);
                return ticket.Id;
            },
            notify is null ? null : ct => notify(ticket, now, ct),
            Conflict,
            cancellationToken);
    }

    private static async Task CommitIfSucceededAsync(IDbContextTransaction transaction, Result result, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
