namespace DisputeCenter.Samples.Marketplace;

/// <summary>
/// What the sample marketplace pushes on each run: one seller, one buyer and three orders with their payment, shipment and
/// delivery (two delivered, one on its way), dated relative to now. Every external id carries the run id, so each run
/// pushes records of its own.
/// </summary>
public sealed class MarketplaceRecords(string runId, DateTimeOffset now)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public SellerInput Seller { get; } = new(
        $"sample-seller-{runId}", $"seller-{runId}@marketplace-sample.example", "Lin Ma", $"Harbour Lights Trading {runId}",
        "1 Harbour Road, Ningbo 315000", "CN", "Lin Ma", "+86 574 8000 1234", $"REG-{runId}");

    public BuyerInput Buyer { get; } = new($"sample-buyer-{runId}", $"buyer-{runId}@marketplace-sample.example", "Sam Buyer", "en-US");

    public IReadOnlyList<OrderInput> Orders { get; } =
    [
        Order(runId, 1, now - (14 * Day), "Bluetooth speaker", "electronics", 2, 45.00m, delivered: now - (5 * Day)),
        Order(runId, 2, now - (10 * Day), "Ceramic mugs, set of four", "home-garden", 1, 50.00m, delivered: now - (3 * Day)),
        Order(runId, 3, now - (3 * Day), "Desk lamp", "home-garden", 1, 120.00m, delivered: null),
    ];

    private static OrderInput Order(string runId, int n, DateTimeOffset placed, string product, string category, int quantity, decimal price, DateTimeOffset? delivered)
    {
        var total = quantity * price;
        return new OrderInput(
            $"sample-order-{runId}-{n}", $"MP-{runId}-{n}", $"sample-buyer-{runId}", $"sample-seller-{runId}", "USD", placed,
            placed + (10 * Day), AssuranceCovered: true, [new OrderLineInput(product, category, quantity, price)],
            new PaymentInput($"PAY-{runId}-{n}", total, placed + TimeSpan.FromMinutes(5)),
            new ShipmentInput("DHL Express", $"JD{runId.ToUpperInvariant()}{n:D4}", placed + Day),
            delivered is { } at ? new DeliveryInput(at, Lines: null) : null);
    }
}
