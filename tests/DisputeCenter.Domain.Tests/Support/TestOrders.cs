using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Domain.Tests.Support;

/// <summary>Orders in the states the tests need, on a fixed calendar (all instants UTC).</summary>
internal static class TestOrders
{
    public const string BuyerId = "buyer-1";
    public const string OtherBuyerId = "buyer-2";
    public const string SellerUserId = "seller-user-1";
    public const string Currency = "USD";

    public static readonly Guid SellerId = Guid.Parse("5e11e500-0000-0000-0000-000000000001");
    public static readonly DateTimeOffset PlacedAt = new(2026, 10, 1, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset PaidAt = PlacedAt.AddHours(1);
    public static readonly DateTimeOffset ShippedAt = PlacedAt.AddDays(2);
    public static readonly DateTimeOffset ExpectedDeliveryAt = new(2026, 10, 20, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset DeliveredAt = new(2026, 10, 15, 14, 0, 0, TimeSpan.Zero);

    public static Money Usd(decimal amount) => new(amount, Currency);

    public static Seller Seller() => new(
        SellerId,
        SellerUserId,
        new SupplierProfile("Acme Trading Ltd", "1 Harbour Road, Shenzhen", "cn", "Li Wei", "sales@acme.example", "+86 755 0000", "REG-123"),
        PlacedAt.AddYears(-2));

    /// <summary>Two lines: 2 x 30.00 + 1 x 40.00 = 100.00 USD.</summary>
    public static Order Placed(string buyerId = BuyerId, string category = "electronics") => Order.Place(
        Guid.NewGuid(),
        "DC-2026-000123",
        buyerId,
        SellerId,
        Currency,
        [new("Bluetooth speaker", category, 2, Usd(30m)), new("Charging cable", category, 1, Usd(40m))],
        PlacedAt,
        ExpectedDeliveryAt,
        assuranceCovered: true);

    public static Order Paid(string buyerId = BuyerId, string category = "electronics")
    {
        var order = Placed(buyerId, category);
        order.RecordPayment("PAY-1", order.Total, PaidAt);
        return order;
    }

    public static Order Shipped(string category = "electronics")
    {
        var order = Paid(category: category);
        order.Ship("DHL", "JD0001", ShippedAt);
        return order;
    }

    public static Order Delivered(string category = "electronics") => DeliveredOn(DeliveredAt, category);

    public static Order DeliveredOn(DateTimeOffset deliveredAt, string category = "electronics")
    {
        var order = Shipped(category);
        order.ConfirmDelivery(deliveredAt);
        return order;
    }
}
