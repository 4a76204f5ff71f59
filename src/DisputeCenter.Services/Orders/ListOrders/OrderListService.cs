using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Orders.ListOrders;

/// <summary>Order management: a buyer's orders, or the orders placed with a seller, searched and paged on the server.</summary>
public sealed class OrderListService(DisputeCenterDbContext db, DeadlinePolicyService policies, TimeProvider clock)
{
    public async Task<PagedResult<OrderSummary>> ForBuyerAsync(string buyerId, OrderListQuery query, CancellationToken cancellationToken = default)
    {
        var page = await ListAsync(db.Orders.Where(o => o.BuyerId == buyerId), query, cancellationToken);
        return page with { Items = await WithFilingOutlooksAsync(buyerId, page.Items, cancellationToken) };
    }

    /// <summary>
    /// Says for each order of the page whether a dispute can be opened, from when and until when, as the rules of filing
    /// say (<see cref="FilingOutlook"/>): four queries, however many orders.
    /// </summary>
    private async Task<IReadOnlyList<OrderSummary>> WithFilingOutlooksAsync(string buyerId, IReadOnlyList<OrderSummary> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Id).ToList();
        var orders = await db.Orders.Include(o => o.Lines).AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        // Filing looks at the order's latest conversation, as here.
        var conversations = (await db.SellerConversations.AsNoTracking()
                .Where(c => ids.Contains(c.OrderId) && c.BuyerId == buyerId)
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.OrderId)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.StartedAt)!);
        var openDisputes = (await db.Disputes
                .Where(d => ids.Contains(d.OrderId) && DisputeStatuses.Open.Contains(d.Status))
                .Select(d => new { d.OrderId, d.Id })
                .ToListAsync(cancellationToken))
            .GroupBy(d => d.OrderId)
            .ToDictionary(g => g.Key, g => g.First().Id);
        var rows = await policies.CurrentAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return items.Select(item =>
        {
            var order = orders[item.Id];
            var category = DeadlinePolicyService.CategoryOf(order);
            var outlook = FilingOutlook.For(
                order,
                conversations.GetValueOrDefault(item.Id),
                openDisputes.TryGetValue(item.Id, out var disputeId) ? disputeId : null,
                reason => DeadlinePolicy.Select(rows, category, reason).Snapshot(),
                now);
            return item with { Filing = outlook };
        }).ToList();
    }

    public async Task<PagedResult<OrderSummary>> ForSellerAsync(string sellerUserId, OrderListQuery query, CancellationToken cancellationToken = default)
    {
        // Resolved first, so that PostgreSQL walks (seller_id, placed_at) in order instead of sorting every order of a big seller.
        var sellerId = await db.Sellers.Where(s => s.UserId == sellerUserId).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);
        return sellerId is null
            ? new PagedResult<OrderSummary>([], query.Page, query.PageSize, 0)
            : await ListAsync(db.Orders.Where(o => o.SellerId == sellerId), query, cancellationToken);
    }

    private async Task<PagedResult<OrderSummary>> ListAsync(IQueryable<Order> orders, OrderListQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        orders = await FilterAsync(orders, query, now, cancellationToken);
        var total = await orders.CountAsync(cancellationToken);
        var page = Paging.Within(query.Page, query.PageSize, total);
        var rows = await Sort(orders, query.Sort)
            .Skip((page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(o => new
            {
                o.Id,
                o.Number,
                o.PlacedAt,
                SellerName = db.Sellers.Where(s => s.Id == o.SellerId).Select(s => s.Profile.BusinessName).First(),
                BuyerName = db.Users.Where(u => u.Id == o.BuyerId).Select(u => u.DisplayName).First(),
                FirstProduct = o.Lines.OrderBy(l => l.LineNumber).Select(l => l.ProductName).First(),
                ItemCount = o.Lines.Count,
                o.Total,
                o.PaidAt,
                o.ShippedAt,
                o.DeliveredAt,
                o.ExpectedDeliveryAt,
                // A count, not EXISTS: PostgreSQL turns an EXISTS in the select list into a hashed scan of every order line.
                HasMissingItems = o.Lines.Count(l => l.QuantityDelivered < l.Quantity) > 0,
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new OrderSummary(
                r.Id,
                r.Number,
                r.PlacedAt,
                r.SellerName,
                r.BuyerName,
                r.FirstProduct,
                r.ItemCount,
                r.Total,
                OrderStatusRules.Derive(r.PaidAt, r.ShippedAt, r.DeliveredAt, r.ExpectedDeliveryAt, r.HasMissingItems, now),
                r.ExpectedDeliveryAt,
                r.DeliveredAt))
            .ToList();
        return new PagedResult<OrderSummary>(items, page, query.PageSize, total);
    }

    private async Task<IQueryable<Order>> FilterAsync(IQueryable<Order> orders, OrderListQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // A union of the three ways an order matches, not one OR: inside an OR, PostgreSQL hashes every order line of
            // the platform whose product matches (100,000 for "headphones") before it looks at this account's orders;
            // apart, each match is a join the planner can start from the account's orders.
            var pattern = LikePattern.Contains(query.Search.Trim());
            var matching = orders.Where(o => EF.Functions.ILike(o.Number, pattern)).Select(o => o.Id)
                .Union(orders.Where(o => o.Lines.Any(l => EF.Functions.ILike(l.ProductName, pattern))).Select(o => o.Id))
                .Union(orders.Where(o => db.Sellers.Any(s => s.Id == o.SellerId && EF.Functions.ILike(s.Profile.BusinessName, pattern))).Select(o => o.Id));
            // Searched once (the ids of at most this account's own orders): the count and the page then read them by key,
            // which measured about 1.5x the req/s of running the union twice as a subquery.
            var found = await matching.ToListAsync(cancellationToken);
            orders = orders.Where(o => found.Contains(o.Id));
        }

        if (query.Status is { } status)
        {
            orders = orders.Where(OrderStatusRules.Is(status, now));
        }

        if (query.PlacedFrom is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            orders = orders.Where(o => o.PlacedAt >= start);
        }

        // The last day there is has no day after it: "until then" is no end at all.
        if (query.PlacedTo is { } to && to < DateOnly.MaxValue)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            orders = orders.Where(o => o.PlacedAt < end);
        }

        return orders;
    }

    private static IQueryable<Order> Sort(IQueryable<Order> orders, OrderSort sort) => sort switch
    {
        OrderSort.Oldest => orders.OrderBy(o => o.PlacedAt).ThenBy(o => o.Id),
        OrderSort.AmountHighest => orders.OrderByDescending(o => o.Total.Amount).ThenByDescending(o => o.PlacedAt),
        OrderSort.AmountLowest => orders.OrderBy(o => o.Total.Amount).ThenByDescending(o => o.PlacedAt),
        _ => orders.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id),
    };
}
