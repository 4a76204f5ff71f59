using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
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
    /// <summary>For the buyer: whether, from when and until when a dispute can be opened on this order (null for sellers).</summary>
    public FilingOutlook? Filing { get; init; }
}
