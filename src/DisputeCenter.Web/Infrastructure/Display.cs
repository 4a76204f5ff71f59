using System.Globalization;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Web.Infrastructure;

/// <summary>How values read on a page.</summary>
public static class Display
{
    public static string Money(Money money) =>
        string.Create(CultureInfo.CurrentCulture, $"{money.Currency} {money.Amount.ToString("N" + Currency.Of(money.Currency).Decimals, CultureInfo.CurrentCulture)}");

    public static string Instant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture);

    public static string Instant(DateTimeOffset? instant) => instant is { } value ? Instant(value) : "–";

    public static string Date(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.AwaitingPayment => "Awaiting payment",
        OrderStatus.AwaitingShipment => "Awaiting shipment",
        OrderStatus.InTransit => "In transit",
        OrderStatus.Late => "Late",
        OrderStatus.PartiallyDelivered => "Partially delivered",
        OrderStatus.Delivered => "Delivered",
        _ => status.ToString(),
    };

    public static string StatusClass(OrderStatus status) => "status status-" + status.ToString().ToLowerInvariant();
}
