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

    /// <summary>"in 2 days 4 hours", "in 35 minutes", or "overdue by 3 hours": the exact instant is shown beside it.</summary>
    public static string Countdown(DateTimeOffset due, DateTimeOffset now)
    {
        var left = due - now;
        var span = left.Duration();
        var text = span.TotalDays >= 1
            ? $"{(int)span.TotalDays} day{((int)span.TotalDays == 1 ? "" : "s")} {span.Hours} hour{(span.Hours == 1 ? "" : "s")}"
            : span.TotalHours >= 1 ? $"{(int)span.TotalHours} hour{((int)span.TotalHours == 1 ? "" : "s")} {span.Minutes} min" : $"{Math.Max(1, span.Minutes)} min";
        return left >= TimeSpan.Zero ? $"in {text}" : $"overdue by {text}";
    }

    public static string Status(Domain.Disputes.DisputeStatus status) => status switch
    {
        Domain.Disputes.DisputeStatus.AwaitingSeller => "Waiting for the seller",
        Domain.Disputes.DisputeStatus.Negotiating => "Negotiating",
        Domain.Disputes.DisputeStatus.InMediation => "With a moderator",
        Domain.Disputes.DisputeStatus.AwaitingInformation => "Information requested",
        Domain.Disputes.DisputeStatus.Decided => "Decided",
        Domain.Disputes.DisputeStatus.Settled => "Settled",
        Domain.Disputes.DisputeStatus.Withdrawn => "Withdrawn",
        Domain.Disputes.DisputeStatus.Expired => "Expired",
        Domain.Disputes.DisputeStatus.UnderAppeal => "Under appeal",
        Domain.Disputes.DisputeStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string Actor(Domain.Disputes.ActorKind actor) => actor switch
    {
        Domain.Disputes.ActorKind.Buyer => "Buyer",
        Domain.Disputes.ActorKind.Seller => "Seller",
        Domain.Disputes.ActorKind.Moderator => "Moderator",
        _ => "DisputeCenter (automatic)",
    };

    public static string Remedy(Domain.Disputes.Remedy remedy) => remedy switch
    {
        Domain.Disputes.Remedy.FullRefund => "Full refund",
        Domain.Disputes.Remedy.PartialRefund => "Partial refund, keep the goods",
        Domain.Disputes.Remedy.ReturnAndRefund => "Return the goods for a refund",
        Domain.Disputes.Remedy.Replacement => "Replacement",
        _ => remedy.ToString(),
    };

    public static string EventKind(Domain.Disputes.Timeline.DisputeEventKind kind) => kind switch
    {
        Domain.Disputes.Timeline.DisputeEventKind.Filed => "Dispute filed",
        Domain.Disputes.Timeline.DisputeEventKind.SellerResponded => "The seller answered",
        Domain.Disputes.Timeline.DisputeEventKind.OfferMade => "Offer made",
        Domain.Disputes.Timeline.DisputeEventKind.OfferAccepted => "Offer accepted",
        Domain.Disputes.Timeline.DisputeEventKind.SellerRejected => "The seller rejected the claim",
        Domain.Disputes.Timeline.DisputeEventKind.Escalated => "Sent to a moderator",
        Domain.Disputes.Timeline.DisputeEventKind.ModeratorAssigned => "A moderator took the case",
        Domain.Disputes.Timeline.DisputeEventKind.ModeratorReleased => "The moderator released the case",
        Domain.Disputes.Timeline.DisputeEventKind.InformationRequested => "Information requested",
        Domain.Disputes.Timeline.DisputeEventKind.InformationAnswered => "Information given",
        Domain.Disputes.Timeline.DisputeEventKind.Decided => "Decided",
        Domain.Disputes.Timeline.DisputeEventKind.Appealed => "Appealed",
        Domain.Disputes.Timeline.DisputeEventKind.Withdrawn => "Withdrawn by the buyer",
        Domain.Disputes.Timeline.DisputeEventKind.Expired => "Expired",
        Domain.Disputes.Timeline.DisputeEventKind.Closed => "Closed",
        Domain.Disputes.Timeline.DisputeEventKind.EvidenceAdded => "Evidence added",
        Domain.Disputes.Timeline.DisputeEventKind.EvidenceHidden => "Evidence hidden by a moderator",
        Domain.Disputes.Timeline.DisputeEventKind.MessagePosted => "Message",
        Domain.Disputes.Timeline.DisputeEventKind.AutomaticAction => "Automatic action",
        _ => kind.ToString(),
    };

    public static string Instant(DateTimeOffset? instant, string fallback) => instant is { } value ? Instant(value) : fallback;

    public static string Duration(TimeSpan span) =>
        span.TotalHours < 1 ? $"{Math.Max(1, (int)span.TotalMinutes)} min"
        : span.TotalDays < 2 ? $"{span.TotalHours:0} hours"
        : string.Create(CultureInfo.CurrentCulture, $"{span.TotalDays:0.#} days");

    public static string StatusClass(OrderStatus status) => "status status-" + status.ToString().ToLowerInvariant();
}
