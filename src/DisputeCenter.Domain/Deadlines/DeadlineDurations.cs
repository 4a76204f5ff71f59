namespace DisputeCenter.Domain.Deadlines;

/// <summary>The clocks of the dispute process, as an administrator edits them.</summary>
public sealed record DeadlineDurations(
    TimeSpan SellerContactPeriod,
    TimeSpan FilingWindow,
    TimeSpan SellerResponse,
    TimeSpan Negotiation,
    TimeSpan InformationRequestDefault,
    TimeSpan AppealWindow,
    TimeSpan ModeratorAction,
    TimeSpan ReturnAddress,
    TimeSpan ReturnShipment,
    TimeSpan ReturnTransit,
    TimeSpan ReturnReceipt)
{
    /// <summary>The platform defaults (see the domain description).</summary>
    public static DeadlineDurations Standard { get; } = new(
        SellerContactPeriod: TimeSpan.FromDays(3),
        FilingWindow: TimeSpan.FromDays(30),
        SellerResponse: TimeSpan.FromDays(5),
        Negotiation: TimeSpan.FromDays(7),
        InformationRequestDefault: TimeSpan.FromDays(3),
        AppealWindow: TimeSpan.FromDays(30),
        ModeratorAction: TimeSpan.FromDays(2),
        ReturnAddress: TimeSpan.FromDays(3),
        ReturnShipment: TimeSpan.FromDays(7),
        ReturnTransit: TimeSpan.FromDays(30),
        ReturnReceipt: TimeSpan.FromDays(3));
}
