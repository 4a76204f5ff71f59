using System.Linq.Expressions;

namespace DisputeCenter.Domain.Orders;

/// <summary>
/// The one definition of an order's status: as a function of its facts (for one order in memory)
/// and as a predicate (so a database can filter a list by status without loading it).
/// </summary>
public static class OrderStatusRules
{
    public static OrderStatus Derive(
        DateTimeOffset? paidAt, DateTimeOffset? shippedAt, DateTimeOffset? deliveredAt, DateTimeOffset expectedDeliveryAt, bool hasMissingItems, DateTimeOffset now) =>
        (paidAt, shippedAt, deliveredAt) switch
        {
            (null, _, _) => OrderStatus.AwaitingPayment,
            (_, _, not null) when hasMissingItems => OrderStatus.PartiallyDelivered,
            (_, _, not null) => OrderStatus.Delivered,
            _ when expectedDeliveryAt < now => OrderStatus.Late,
            (_, null, _) => OrderStatus.AwaitingShipment,
            _ => OrderStatus.InTransit,
        };

    public static Expression<Func<Order, bool>> Is(OrderStatus status, DateTimeOffset now) => status switch
    {
        OrderStatus.AwaitingPayment => o => o.PaidAt == null,
        OrderStatus.PartiallyDelivered => o => o.DeliveredAt != null && o.Lines.Any(l => l.QuantityDelivered < l.Quantity),
        OrderStatus.Delivered => o => o.DeliveredAt != null && !o.Lines.Any(l => l.QuantityDelivered < l.Quantity),
        OrderStatus.Late => o => o.PaidAt != null && o.DeliveredAt == null && o.ExpectedDeliveryAt < now,
        OrderStatus.AwaitingShipment => o => o.PaidAt != null && o.DeliveredAt == null && o.ShippedAt == null && o.ExpectedDeliveryAt >= now,
        OrderStatus.InTransit => o => o.PaidAt != null && o.DeliveredAt == null && o.ShippedAt != null && o.ExpectedDeliveryAt >= now,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown order status."),
    };
}
