using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Domain.Disputes;

/// <summary>What the platform knows about each reason: its title, its filing window, the evidence that helps.</summary>
public static class DisputeReasons
{
    public static IReadOnlyList<DisputeReason> All { get; } = Enum.GetValues<DisputeReason>();

    public static string Title(this DisputeReason reason) => reason switch
    {
        DisputeReason.NotReceived => "Order not received",
        DisputeReason.LateDelivery => "Shipment significantly delayed",
        DisputeReason.NotAsDescribed => "Item defective or not as described",
        DisputeReason.IncompleteOrder => "Incomplete order or missing items",
        DisputeReason.DamagedInTransit => "Item damaged in transit",
        DisputeReason.TermsViolated => "Terms of the agreement violated",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The title as a text a page translates.</summary>
    public static DomainText Named(this DisputeReason reason) => DomainText.Plain(reason.Title());

    public static FilingWindowKind WindowKind(this DisputeReason reason) =>
        reason is DisputeReason.NotReceived or DisputeReason.LateDelivery
            ? FilingWindowKind.FromExpectedDelivery
            : FilingWindowKind.FromDelivery;

    public static IReadOnlyList<EvidenceSuggestion> SuggestedEvidence(this DisputeReason reason) => reason switch
    {
        DisputeReason.NotReceived =>
        [
            new(EvidenceKind.ShippingRecord, "The tracking record showing no delivery to your address"),
            new(EvidenceKind.PaymentProof, "Proof of payment: receipt or bank statement"),
            new(EvidenceKind.ChatRecord, "Your messages with the seller about the missing delivery"),
        ],
        DisputeReason.LateDelivery =>
        [
            new(EvidenceKind.Screenshot, "A dated screenshot of the agreed delivery time"),
            new(EvidenceKind.ShippingRecord, "The tracking record with its dates"),
            new(EvidenceKind.ChatRecord, "Your messages with the seller about the delay"),
        ],
        DisputeReason.NotAsDescribed =>
        [
            new(EvidenceKind.Photo, "Clear photos of the defect or the difference"),
            new(EvidenceKind.Screenshot, "Dated screenshots of the agreed specification, price and images"),
            new(EvidenceKind.Video, "A video showing the item does not work or differs"),
            new(EvidenceKind.ChatRecord, "Your messages with the seller about the problem"),
        ],
        DisputeReason.IncompleteOrder =>
        [
            new(EvidenceKind.Photo, "A photo of everything that arrived, next to the order's item list"),
            new(EvidenceKind.Document, "The packing list or delivery note"),
            new(EvidenceKind.ShippingRecord, "The shipment's weight on the tracking record, if it shows one"),
        ],
        DisputeReason.DamagedInTransit =>
        [
            new(EvidenceKind.Photo, "Photos of the damaged item and of the outer packaging"),
            new(EvidenceKind.Video, "An unboxing video, if you have one"),
            new(EvidenceKind.ShippingRecord, "The carrier's delivery record or damage report"),
        ],
        DisputeReason.TermsViolated =>
        [
            new(EvidenceKind.Document, "The contract, purchase order or invoice stating the terms"),
            new(EvidenceKind.Screenshot, "Dated screenshots of what was agreed"),
            new(EvidenceKind.SupplierInformation, "The supplier's business name, address, contacts and registration number"),
            new(EvidenceKind.PaymentProof, "Proof of payment"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>
    /// When a dispute for <paramref name="reason"/> can be filed on <paramref name="order"/>, or null when the
    /// fact it is anchored to is missing (see <see cref="WhyNoFilingWindow"/>).
    /// </summary>
    public static TimeWindow? FilingWindowFor(Order order, DisputeReason reason, DeadlineSnapshot deadlines)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(deadlines);
        if (WhyNoFilingWindow(order, reason) is not null)
        {
            return null;
        }

        var anchor = reason.WindowKind() == FilingWindowKind.FromDelivery ? order.DeliveredAt!.Value : order.ExpectedDeliveryAt;
        return TimeWindow.Starting(anchor, deadlines.FilingWindow);
    }

    /// <summary>Why <paramref name="reason"/> does not apply to <paramref name="order"/> (yet), or null if it does.</summary>
    public static DomainText? WhyNoFilingWindow(Order order, DisputeReason reason)
    {
        ArgumentNullException.ThrowIfNull(order);
        return reason switch
        {
            DisputeReason.NotReceived when order.DeliveredAt is not null => DomainText.Of(
                $"The order's delivery was recorded, so it can't be reported as not received; choose the reason that describes what arrived."),
            DisputeReason.LateDelivery when order.DeliveredAt <= order.ExpectedDeliveryAt => DomainText.Of(
                $"The order was delivered by its expected delivery date, so it can't be reported as late."),
            _ when reason.WindowKind() == FilingWindowKind.FromDelivery && order.DeliveredAt is null => DomainText.Of(
                $"'{reason.Named()}' can be reported once the delivery is recorded; if nothing arrived, choose '{DisputeReason.NotReceived.Named()}'."),
            _ => null,
        };
    }
}
