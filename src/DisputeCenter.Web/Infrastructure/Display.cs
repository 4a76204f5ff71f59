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

    public static string EvidenceKind(Domain.Disputes.EvidenceKind kind) => kind switch
    {
        Domain.Disputes.EvidenceKind.Photo => "Photo",
        Domain.Disputes.EvidenceKind.Video => "Video",
        Domain.Disputes.EvidenceKind.Screenshot => "Screenshot (conversation, listing, payment)",
        Domain.Disputes.EvidenceKind.Document => "Document (PDF)",
        Domain.Disputes.EvidenceKind.ChatRecord => "Chat record or email",
        Domain.Disputes.EvidenceKind.PaymentProof => "Payment proof",
        Domain.Disputes.EvidenceKind.ShippingRecord => "Shipping or tracking record",
        Domain.Disputes.EvidenceKind.SupplierInformation => "Supplier information",
        _ => kind.ToString(),
    };

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    public static string StatusClass(OrderStatus status) => "status status-" + status.ToString().ToLowerInvariant();
}
