using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Services.Orders.ListOrders;

/// <summary>One row of an order list.</summary>
public sealed record OrderSummary(
    Guid Id,
    string Number,
    DateTimeOffset PlacedAt,
    string SellerName,
    string BuyerName,
    string FirstProduct,
    int ItemCount,
    Money Total,
    OrderStatus Status,
    DateTimeOffset ExpectedDeliveryAt,
    DateTimeOffset? DeliveredAt)
{
    /// <summary>For the buyer: until when a dispute can be opened on this order (null when it can't, or for sellers).</summary>
    public DateTimeOffset? DisputableUntil { get; init; }
}
