using DisputeCenter.Domain.Support;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Support;

/// <summary>Lists of tickets: the support queue for moderators, a customer's own tickets, and what the contact form offers to ask about.</summary>
public sealed class SupportQueueService(DisputeCenterDbContext db)
{
    public const int PageSize = 25;

    /// <summary>How many of their orders and of their disputes the contact form offers (the newest).</summary>
    public const int ChoicesShown = 100;

    /// <summary>
    /// The queue: tickets waiting for support, the longest waiting first (answered ones by latest activity), narrowed by
    /// topic and to the moderator's own.
    /// </summary>
    public async Task<PagedResult<SupportTicketRow>> QueueAsync(string moderatorId, SupportQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var status = query.View switch
        {
            SupportQueueView.WaitingForCustomer => SupportTicketStatus.WaitingForCustomer,
            SupportQueueView.Closed => SupportTicketStatus.Closed,
            _ => SupportTicketStatus.Open,
        };
        var tickets = db.SupportTickets.AsNoTracking().Where(t => t.Status == status);
        if (query.Topic is { } topic)
        {
            tickets = tickets.Where(t => t.Topic == topic);
        }

        if (query.MineOnly)
        {
            tickets = tickets.Where(t => t.AssignedModeratorId == moderatorId);
        }

        var total = await tickets.CountAsync(cancellationToken);
        var page = Paging.Within(query.Page, PageSize, total);
        var ordered = status == SupportTicketStatus.Open
            ? tickets.OrderBy(t => t.WaitingSince).ThenBy(t => t.Number)
            : tickets.OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Number);
        var rows = await RowsAsync(ordered.Skip((page - 1) * PageSize).Take(PageSize), cancellationToken);
        return new PagedResult<SupportTicketRow>(rows, page, PageSize, total);
    }

    /// <summary>The customer's tickets, the latest activity first.</summary>
    public Task<IReadOnlyList<SupportTicketRow>> ForCustomerAsync(string customerId, CancellationToken cancellationToken = default) =>
        RowsAsync(db.SupportTickets.AsNoTracking().Where(t => t.CustomerId == customerId).OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Number), cancellationToken);

    /// <summary>The customer's orders (bought or sold) and disputes (either side), newest first.</summary>
    public async Task<SupportChoices> ChoicesAsync(string customerId, CancellationToken cancellationToken = default)
    {
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.BuyerId == customerId || db.Sellers.Any(s => s.Id == o.SellerId && s.UserId == customerId))
            .OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id)
            .Take(ChoicesShown)
            .Select(o => new SupportOrderChoice(o.Id, o.Number, o.PlacedAt))
            .ToListAsync(cancellationToken);
        var disputes = await db.Disputes.AsNoTracking()
            .Where(d => d.BuyerId == customerId || d.SellerUserId == customerId)
            .OrderByDescending(d => d.FiledAt).ThenByDescending(d => d.Id)
            .Take(ChoicesShown)
            .Select(d => new SupportDisputeChoice(d.Id, d.OrderNumber, d.Status))
            .ToListAsync(cancellationToken);
        return new SupportChoices(orders, disputes);
    }

    private async Task<IReadOnlyList<SupportTicketRow>> RowsAsync(IQueryable<SupportTicket> tickets, CancellationToken cancellationToken) =>
        await tickets
            .Select(t => new SupportTicketRow(
                t.Id,
                SupportTicket.ReferencePrefix + t.Number,
                t.Subject,
                t.Topic,
                t.Status,
                t.OpenedAt,
                t.LastActivityAt,
                t.WaitingSince,
                db.Users.Where(u => u.Id == t.CustomerId).Select(u => u.DisplayName).Single(),
                t.AssignedModeratorId,
                db.Users.Where(u => u.Id == t.AssignedModeratorId).Select(u => u.DisplayName).SingleOrDefault()))
            .ToListAsync(cancellationToken);
}
