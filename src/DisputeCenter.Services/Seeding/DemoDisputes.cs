using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Deadlines;

namespace DisputeCenter.Services.Seeding;

/// <summary>
/// Demo disputes in the states a demo needs, each on an order of its own and driven there by the domain's own
/// methods at times relative to now: waiting for the seller, negotiating over a counter-offer, two escalated
/// cases in the moderators' queue (one stalled), one waiting on the buyer's answer, one decided, one under appeal
/// (decided by the first demo moderator, so the second must take it), and one settled on a return whose goods the buyer
/// must now send back.
/// </summary>
internal sealed class DemoDisputes(DateTimeOffset now, IReadOnlyList<DeadlinePolicy> policies, string moderatorId)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private static readonly string[] Descriptions =
    [
        "Half of the units arrived with cracked casings and two do not switch on at all; photos of each unit are attached.",
        "The fabric is much thinner than the sample and the colour differs clearly from the listing photos.",
        "The machine arrived with a bent frame; the courier's delivery note already mentions visible damage to the crate.",
    ];

    public List<object> Entities { get; } = [];

    public List<Dispute> Disputes { get; } = [];

    /// <summary>Uses the first two demo sellers, whose goods run on the default clocks (machinery has longer ones).</summary>
    public void Build(IReadOnlyList<string> buyerIds, IReadOnlyList<Seller> sellers)
    {
        var n = 0;
        Dispute Next(DisputeReason reason, DateTimeOffset filedAt) => File(buyerIds[n % buyerIds.Count], sellers[n % 2], n++, reason, filedAt);

        Next(DisputeReason.NotAsDescribed, now - Day);

        var negotiating = Next(DisputeReason.NotAsDescribed, now - (3 * Day));
        negotiating.SellerCounter(
            negotiating.SellerUserId, Remedy.PartialRefund, Part(negotiating, 0.4m), "We can refund 40% and you keep the goods.", now - (2 * Day));

        var queued = Next(DisputeReason.DamagedInTransit, now - (7 * Day));
        queued.RequestMediation(Party.Buyer, queued.BuyerId, now - Day);

        var stalled = Next(DisputeReason.NotAsDescribed, now - (10 * Day));
        stalled.RequestMediation(Party.Buyer, stalled.BuyerId, now - (4 * Day) - TimeSpan.FromHours(20));
        stalled.AssignModerator(moderatorId, now - (4 * Day));
        stalled.ApplyOverdueDeadline(now - TimeSpan.FromHours(1));

        var waiting = Next(DisputeReason.NotAsDescribed, now - (9 * Day));
        waiting.SellerReject(waiting.SellerUserId, "The goods left our warehouse in perfect condition; see the packing photos.", now - (8 * Day));
        waiting.RequestMediation(Party.Seller, waiting.SellerUserId, now - (6 * Day));
        waiting.AssignModerator(moderatorId, now - Day - TimeSpan.FromHours(2));
        waiting.RequestInformation(
            moderatorId, Party.Buyer, "Please upload a photo of the serial number label on each damaged unit.", now + (2 * Day),
            MissedRequestConsequence.DecideOnAvailableEvidence, waiting.TimelineLength, now - Day);

        var decided = Next(DisputeReason.NotAsDescribed, now - (14 * Day));
        decided.RequestMediation(Party.Buyer, decided.BuyerId, now - (8 * Day));
        decided.AssignModerator(moderatorId, now - (7 * Day));
        decided.Decide(
            moderatorId, Outcome.PartialRefund, Part(decided, 0.5m), "defect-proven",
            "The buyer's photos show half of the units damaged; the seller's packing photos do not cover them. Half is refunded.",
            DecisionBasis.OnTheClaim(decided, "defect-proven"), now - (5 * Day));

        var appealed = Next(DisputeReason.DamagedInTransit, now - (16 * Day));
        appealed.RequestMediation(Party.Buyer, appealed.BuyerId, now - (10 * Day));
        appealed.AssignModerator(moderatorId, now - (10 * Day) + TimeSpan.FromHours(3));
        appealed.Decide(
            moderatorId, Outcome.Rejected, null, "insufficient-evidence",
            "The delivery note was signed without remarks and no photo shows the damage on arrival.",
            DecisionBasis.OnTheClaim(appealed, "insufficient-evidence"), now - (9 * Day));
        appealed.Appeal(Party.Buyer, appealed.BuyerId, "The courier has now confirmed in writing that the crate was damaged in transit.", now - Day);

        var returning = Next(DisputeReason.NotAsDescribed, now - (4 * Day));
        var returnOffer = returning.SellerCounter(
            returning.SellerUserId, Remedy.ReturnAndRefund, returning.AmountClaimed, "Send the goods back and we refund the full amount when they arrive.", now - (3 * Day));
        returning.AcceptStandingOffer(Party.Buyer, returning.BuyerId, returnOffer.Id, now - (2 * Day));
        returning.GiveReturnAddress(returning.SellerUserId, "Returns desk, 88 Harbour Road, Unit 5\nDurban 4001\nSouth Africa", now - Day);
    }

    private Dispute File(string buyerId, Seller seller, int n, DisputeReason reason, DateTimeOffset filedAt)
    {
        var items = DemoCatalogue.ForSeller(n % 2);
        var placed = filedAt - (25 * Day);
        var order = Order.Place(
            Guid.NewGuid(), $"DC-{now.Year}-9{n + 1:D5}", buyerId, seller.Id, "USD", items[n % items.Count], placed, placed + (15 * Day), assuranceCovered: true);
        order.RecordPayment($"PAY-{order.Number}", order.Total, placed + TimeSpan.FromHours(1));
        order.Ship("DHL Express", $"TRK{order.Number.Replace("-", string.Empty, StringComparison.Ordinal)}", placed + (2 * Day));
        order.ConfirmDelivery(filedAt - (5 * Day));
        var conversation = SellerConversation.Start(
            Guid.NewGuid(), order, seller, buyerId, reason, "Hello, there is a problem with this order. Please see my description.", filedAt - (4 * Day));
        var snapshot = DeadlinePolicy.Select(policies, DeadlinePolicyService.CategoryOf(order), reason).Snapshot();
        var dispute = Dispute.File(
            Guid.NewGuid(), order, seller, buyerId, conversation, reason, Descriptions[n % Descriptions.Length],
            order.Total, Remedy.FullRefund, snapshot, Money.Zero("USD"), false, filedAt);
        Entities.AddRange([order, conversation, dispute]);
        Disputes.Add(dispute);
        return dispute;
    }

    private static Money Part(Dispute dispute, decimal share) =>
        new(decimal.Round(dispute.AmountClaimed.Amount * share, 2), dispute.Currency);
}
