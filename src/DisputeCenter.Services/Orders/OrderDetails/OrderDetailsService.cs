using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Orders.OrderDetails;

/// <summary>
/// One order, for one of its two parties. An order that belongs to someone else is reported
/// exactly like one that does not exist: <c>null</c>.
/// </summary>
public sealed class OrderDetailsService(DisputeCenterDbContext db, TimeProvider clock)
{
    public Task<OrderDetails?> ForBuyerAsync(string buyerId, Guid orderId, CancellationToken cancellationToken = default) =>
        LoadAsync(db.Orders.Where(o => o.Id == orderId && o.BuyerId == buyerId), cancellationToken);

    public Task<OrderDetails?> ForSellerAsync(string sellerUserId, Guid orderId, CancellationToken cancellationToken = default) =>
        LoadAsync(
            db.Orders.Where(o => o.Id == orderId && db.Sellers.Any(s => s.Id == o.SellerId && s.UserId == sellerUserId)),
            cancellationToken);

    /// <summary>Any order, for a moderator working a case on it.</summary>
    public Task<OrderDetails?> ForModeratorAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        LoadAsync(db.Orders.Where(o => o.Id == orderId), cancellationToken);

    private async Task<OrderDetails?> LoadAsync(IQueryable<Order> orders, CancellationToken cancellationToken)
    {
        var order = await orders.Include(o => o.Lines).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (order is null)
        {
            return null;
        }

        var seller = await db.Sellers.AsNoTracking().SingleAsync(s => s.Id == order.SellerId, cancellationToken);
        var buyerName = await db.Users.Where(u => u.Id == order.BuyerId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var categories = await db.ProductCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, StringComparer.Ordinal, cancellationToken);

        return new OrderDetails(
            order.Id,
            order.Number,
            order.StatusAt(clock.GetUtcNow()),
            buyerName,
            seller.Id,
            seller.Profile,
            order.Lines
                .OrderBy(l => l.LineNumber)
                .Select(l => new OrderLineDetails(
                    l.LineNumber, l.ProductName, categories.GetValueOrDefault(l.CategoryCode, l.CategoryCode), l.Quantity, l.UnitPrice, l.LineTotal, l.QuantityDelivered))
                .ToList(),
            order.Total,
            order.AssuranceCovered,
            order.PlacedAt,
            order.PaymentReference,
            order.PaidAt,
            order.ShippedAt,
            order.Carrier,
            order.TrackingNumber,
            order.ExpectedDeliveryAt,
            order.DeliveredAt);
    }
}
