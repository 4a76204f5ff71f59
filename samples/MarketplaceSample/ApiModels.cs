namespace DisputeCenter.Samples.Marketplace;

// The API's request and response shapes the sample uses, as docs/openapi/v1.json describes them (written here, not shared
// with DisputeCenter's code, as any marketplace would write them). Property names become snake_case on the wire.

public sealed record SellerInput(
    string ExternalId, string Email, string DisplayName, string BusinessName, string Address, string Country,
    string ContactName, string ContactPhone, string RegistrationNumber);

public sealed record BuyerInput(string ExternalId, string Email, string DisplayName, string? Culture);

public sealed record OrderInput(
    string ExternalId, string Number, string BuyerExternalId, string SellerExternalId, string Currency, DateTimeOffset PlacedAt,
    DateTimeOffset ExpectedDeliveryAt, bool AssuranceCovered, IReadOnlyList<OrderLineInput> Lines, PaymentInput? Payment,
    ShipmentInput? Shipment, DeliveryInput? Delivery)
{
    public decimal Total => Lines.Sum(l => l.Quantity * l.UnitPrice);
}

public sealed record OrderLineInput(string ProductName, string Category, int Quantity, decimal UnitPrice);

public sealed record PaymentInput(string Reference, decimal Amount, DateTimeOffset PaidAt);

public sealed record ShipmentInput(string Carrier, string TrackingNumber, DateTimeOffset ShippedAt);

/// <summary>A delivery; <see cref="Lines"/> only when it was partial (null: everything arrived).</summary>
public sealed record DeliveryInput(DateTimeOffset DeliveredAt, IReadOnlyList<DeliveredLineInput>? Lines);

public sealed record DeliveredLineInput(int LineNumber, int Quantity);

/// <summary>One upserted record: <c>created</c>, <c>updated</c> or <c>unchanged</c>, and DisputeCenter's id for it.</summary>
public sealed record UpsertResult(string ExternalId, string Outcome, string? Id)
{
    /// <summary>Not in the body: the answer came with <c>Idempotent-Replayed: true</c>, the first answer to the same key.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Replayed { get; init; }
}

public sealed record RegisteredEndpoint(EndpointView Endpoint, string Secret);

public sealed record EndpointView(Guid Id, string Url, IReadOnlyList<string> EventTypes, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt);

public sealed record ListOf<T>(IReadOnlyList<T> Data);

public sealed record DisputePage(IReadOnlyList<DisputeSummary> Data, string? NextCursor, bool HasMore);

public sealed record DisputeSummary(Guid Id, string OrderNumber, string Status, Money AmountClaimed, string RequestedRemedy);

public sealed record DisputeMoved(Guid DisputeId, string Status);

public sealed record RefundState(Guid Id, Guid DisputeId, Money Amount, string PayoutStatus, string? PayoutReference, DateTimeOffset? ReportedAt);

public sealed record Money(decimal Amount, string Currency)
{
    public override string ToString() => $"{Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} {Currency}";
}
