using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Returns;

/// <summary>
/// The goods going back to the seller when the remedy is a return and refund: the address, the buyer's carrier and
/// tracking, the carrier's delivery, and the seller's receipt (or the problem it reports). The refund waits for the
/// goods; <see cref="Dispute"/> owns the return and drives it, with its clocks from the dispute's deadline policy.
/// </summary>
public sealed class ReturnShipment
{
    public const int AddressMaxLength = 500;
    public const int CarrierMaxLength = 60;
    public const int TrackingNumberMinLength = 6;
    public const int TrackingNumberMaxLength = 40;

    private ReturnShipment()
    {
    }

    internal ReturnShipment(Guid id, ReturnOrigin origin, Money refundDue, DateTimeOffset openedAt, DateTimeOffset addressDueAt)
    {
        Id = id;
        Origin = origin;
        RefundDue = refundDue;
        OpenedAt = openedAt;
        AddressDueAt = addressDueAt;
        Status = ReturnStatus.AwaitingAddress;
    }

    public Guid Id { get; private set; }

    /// <summary>Whether the parties agreed the return or a moderator decided it: where the dispute goes once it ends.</summary>
    public ReturnOrigin Origin { get; private set; }

    public ReturnStatus Status { get; private set; }

    /// <summary>What the buyer gets back once the goods are back.</summary>
    public Money RefundDue { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset AddressDueAt { get; private set; }

    /// <summary>The seller's address as it gave it; null while none is given, or when the platform's address is used.</summary>
    public string? Address { get; private set; }

    /// <summary>The seller gave no address in time, so the goods go to the platform's returns address.</summary>
    public bool ToPlatformAddress { get; private set; }

    public DateTimeOffset? AddressGivenAt { get; private set; }

    public DateTimeOffset? ShipByAt { get; private set; }

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public DateTimeOffset? ShippedAt { get; private set; }

    /// <summary>When the parcel must show delivery before a moderator looks into it.</summary>
    public DateTimeOffset? TransitDueAt { get; private set; }

    /// <summary>When the carrier showed the parcel delivered, as the marketplace reported it.</summary>
    public DateTimeOffset? CarrierDeliveredAt { get; private set; }

    /// <summary>When the seller must confirm receipt or report a problem; after it the buyer is refunded automatically.</summary>
    public DateTimeOffset? ReceiptDueAt { get; private set; }

    public DateTimeOffset? ReceivedAt { get; private set; }

    /// <summary>The refund was made because the seller stayed silent after the carrier showed delivery.</summary>
    public bool RefundedAutomatically { get; private set; }

    public ReturnProblem? Problem { get; private set; }

    public string? ProblemStatement { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsOpen => EndedAt is null;

    /// <summary>The clock running now, or null once the return ended.</summary>
    public DateTimeOffset? DueAt => Status switch
    {
        ReturnStatus.AwaitingAddress => AddressDueAt,
        ReturnStatus.AwaitingShipment => ShipByAt,
        ReturnStatus.InTransit => TransitDueAt,
        ReturnStatus.Delivered => ReceiptDueAt,
        _ => null,
    };

    internal void UseAddress(string? address, DateTimeOffset now, DateTimeOffset shipByAt)
    {
        Address = address;
        ToPlatformAddress = address is null;
        AddressGivenAt = now;
        ShipByAt = shipByAt;
        Status = ReturnStatus.AwaitingShipment;
    }

    internal void Ship(string carrier, string trackingNumber, DateTimeOffset now, DateTimeOffset transitDueAt)
    {
        Carrier = carrier;
        TrackingNumber = trackingNumber;
        ShippedAt = now;
        TransitDueAt = transitDueAt;
        Status = ReturnStatus.InTransit;
    }

    internal void RecordCarrierDelivery(DateTimeOffset deliveredAt, DateTimeOffset receiptDueAt)
    {
        CarrierDeliveredAt = deliveredAt;
        ReceiptDueAt = receiptDueAt;
        Status = ReturnStatus.Delivered;
    }

    internal void Receive(DateTimeOffset now, bool automatically)
    {
        ReceivedAt = now;
        RefundedAutomatically = automatically;
        Status = ReturnStatus.Received;
        EndedAt = now;
    }

    internal void ReportProblem(ReturnProblem problem, string? statement, DateTimeOffset now)
    {
        Problem = problem;
        ProblemStatement = statement;
        Status = ReturnStatus.ProblemReported;
        EndedAt = now;
    }

    internal void Lapse(DateTimeOffset now)
    {
        Status = ReturnStatus.Lapsed;
        EndedAt = now;
    }
}
