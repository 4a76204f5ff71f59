using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Services.Orders.OrderDetails;

public sealed record OrderDetails(
    Guid Id,
    string Number,
    OrderStatus Status,
    string BuyerName,
    Guid SellerId,
    SupplierProfile Supplier,
    IReadOnlyList<OrderLineDetails> Lines,
    Money Total,
    bool AssuranceCovered,
    DateTimeOffset PlacedAt,
    string? PaymentReference,
    DateTimeOffset? PaidAt,
    DateTimeOffset? ShippedAt,
    string? Carrier,
    string? TrackingNumber,
    DateTimeOffset ExpectedDeliveryAt,
    DateTimeOffset? DeliveredAt);

public sealed record OrderLineDetails(
    int LineNumber, string ProductName, string Category, int Quantity, Money UnitPrice, Money LineTotal, int QuantityDelivered);
