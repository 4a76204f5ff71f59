namespace DisputeCenter.Services.Integration.Ingestion;

/// <summary>
/// An order as the marketplace pushes it: placed with its lines, and with whatever has happened since (payment, shipment,
/// delivery). Pushing it again adds what is new; what was recorded cannot change.
/// </summary>
public sealed record OrderInput(
    string? ExternalId,
    string? Number,
    string? BuyerExternalId,
    string? SellerExternalId,
    string? Currency,
    DateTimeOffset? PlacedAt,
    DateTimeOffset? ExpectedDeliveryAt,
    bool AssuranceCovered,
    IReadOnlyList<OrderLineInput>? Lines,
    PaymentInput? Payment,
    ShipmentInput? Shipment,
    DeliveryInput? Delivery);

public sealed record OrderLineInput(string? ProductName, string? Category, int Quantity, decimal UnitPrice);

public sealed record PaymentInput(string? Reference, decimal Amount, DateTimeOffset? PaidAt);

public sealed record ShipmentInput(string? Carrier, string? TrackingNumber, DateTimeOffset? ShippedAt);

/// <summary>A delivery; <see cref="Lines"/> only when it was partial (how many of each line arrived; lines not named did not).</summary>
public sealed record DeliveryInput(DateTimeOffset? DeliveredAt, IReadOnlyList<DeliveredLineInput>? Lines);

public sealed record DeliveredLineInput(int LineNumber, int Quantity);
