using DisputeCenter.Domain.Deadlines;

namespace DisputeCenter.Services.Deadlines.PolicyTable;

/// <summary>One clock of the deadline policy: what it is called, how to read it from a row, and where its default comes from.</summary>
public sealed record DeadlineClock(string Key, string Name, Func<DeadlineDurations, TimeSpan> Of, string DefaultSource)
{
    /// <summary>The clocks in the order the domain description lists them, with the published figures their defaults follow.</summary>
    public static IReadOnlyList<DeadlineClock> All { get; } =
    [
        new(nameof(DeadlineDurations.SellerContactPeriod), "Seller contact period before filing", d => d.SellerContactPeriod, "Alibaba 3 days, Amazon 48 hours"),
        new(nameof(DeadlineDurations.FilingWindow), "Filing window", d => d.FilingWindow, "Alibaba 30 days after receipt; eBay 30 days after the estimated delivery"),
        new(nameof(DeadlineDurations.SellerResponse), "Seller's response to a filed dispute", d => d.SellerResponse, "AliExpress 5 days, Alibaba 3 days"),
        new(nameof(DeadlineDurations.Negotiation), "Negotiation before automatic escalation", d => d.Negotiation, "Alibaba escalates on day 7-8"),
        new(nameof(DeadlineDurations.InformationRequestDefault), "Party's answer to a moderator's request", d => d.InformationRequestDefault, "Amazon 48-72 hours (the moderator can choose)"),
        new(nameof(DeadlineDurations.AppealWindow), "Appeal window after a decision", d => d.AppealWindow, "eBay 30 days"),
        new(nameof(DeadlineDurations.ModeratorAction), "Moderator's action on an escalated case", d => d.ModeratorAction, "The platform's own"),
        new(nameof(DeadlineDurations.ReturnAddress), "Seller's return address, when the remedy is a return", d => d.ReturnAddress, "eBay 3 business days to answer a return"),
        new(nameof(DeadlineDurations.ReturnShipment), "Buyer sends the goods back with tracking", d => d.ReturnShipment, "eBay 5 business days, Amazon 14 days"),
        new(nameof(DeadlineDurations.ReturnTransit), "Return in transit before a moderator looks", d => d.ReturnTransit, "The platform's own"),
        new(nameof(DeadlineDurations.ReturnReceipt), "Seller confirms the returned goods after the carrier delivers", d => d.ReturnReceipt, "eBay 2 business days, then eBay refunds"),
    ];
}
