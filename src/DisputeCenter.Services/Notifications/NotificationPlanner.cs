using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Notifications;
using static DisputeCenter.Services.Notifications.NotificationWording;

namespace DisputeCenter.Services.Notifications;

/// <summary>
/// Which party hears about which timeline entry, and what they read. Pure: the dispute (as it stands after the
/// entries) and one entry in, notifications out. The notifier drops any addressed to the entry's own actor.
/// </summary>
internal static class NotificationPlanner
{
    public static IReadOnlyList<PlannedNotification> For(Dispute dispute, TimelineEntry entry)
    {
        var order = dispute.OrderNumber;
        var data = entry.Data;
        var actor = PartyName(entry.Actor);
        return entry.Kind switch
        {
            DisputeEventKind.Filed =>
            [
                new(Party.Seller, NotificationKind.DisputeFiled, Say($"New dispute on order {order}"),
                    Say($"The buyer opened a dispute on order {order}: {dispute.Reason.Named()}. They ask for {RemedyText(dispute.RequestedRemedy, dispute.AmountClaimed)}.")),
            ],
            DisputeEventKind.SellerResponded =>
            [
                new(Party.Buyer, NotificationKind.SellerAnswered, Say($"The seller answered your dispute on order {order}"),
                    Say($"The seller gave their side of the story: {Quote(data, "statement")}")),
            ],
            DisputeEventKind.SellerRejected =>
            [
                new(Party.Buyer, NotificationKind.SellerRejected, Say($"The seller rejected your claim on order {order}"),
                    Say($"The seller rejected your claim and said: {Quote(data, "statement")}")),
            ],
            DisputeEventKind.OfferMade when entry.Actor is ActorKind.Buyer or ActorKind.Seller =>
            [
                new(OtherThan(entry.Actor), NotificationKind.OfferMade, Say($"The {actor} made an offer on order {order}"), OfferMade(data, actor)),
            ],
            DisputeEventKind.OfferAccepted when entry.Actor is ActorKind.Buyer or ActorKind.Seller =>
            [
                new(OtherThan(entry.Actor), NotificationKind.Settled, Say($"The dispute on order {order} is settled"),
                    Say($"The {actor} accepted your offer. The dispute is settled: {OutcomeText(Enum.Parse<Outcome>(data["outcome"]), Amount(data, "refund"))}.")),
            ],
            DisputeEventKind.Escalated => Both(NotificationKind.Escalated, Say($"The dispute on order {order} went to a moderator"), EscalatedBecause(data, actor)),
            DisputeEventKind.InformationRequested =>
            [
                new(Enum.Parse<Party>(data["from"]), NotificationKind.InformationRequested, Say($"A moderator needs information from you on order {order}"),
                    Say($"The moderator asks: {Quote(data, "what")}")),
            ],
            DisputeEventKind.Decided => Both(
                NotificationKind.Decided,
                data.GetValueOrDefault("onAppeal") == "true" ? Say($"The appeal on order {order} is decided") : Say($"A moderator decided the dispute on order {order}"),
                Say($"The decision: {OutcomeText(Enum.Parse<Outcome>(data["outcome"]), Amount(data, "amount"))}. The reasons given: {Quote(data, "rationale")}")),
            DisputeEventKind.Appealed when entry.Actor is ActorKind.Buyer or ActorKind.Seller =>
            [
                new(OtherThan(entry.Actor), NotificationKind.Appealed, Say($"The {actor} appealed the decision on order {order}"),
                    Say($"The {actor} appealed with new information: {Quote(data, "newInformation")} A different moderator will review the case.")),
            ],
            DisputeEventKind.Withdrawn =>
            [
                new(Party.Seller, NotificationKind.Withdrawn, Say($"The buyer withdrew the dispute on order {order}"),
                    Say($"The buyer withdrew the dispute; nothing is refunded. Their reason: {Quote(data, "reason")}")),
            ],
            DisputeEventKind.Expired =>
            [
                new(Party.Buyer, NotificationKind.Expired, Say($"Your dispute on order {order} expired"),
                    Say($"You did not answer the moderator's request in time, so the dispute expired without a refund.")),
            ],
            DisputeEventKind.Closed => ClosedBecause(data.GetValueOrDefault("why"), order),
            _ => [],
        };
    }

    private static PlannedNotification[] Both(NotificationKind kind, DomainText title, DomainText happened) =>
        [new(Party.Buyer, kind, title, happened), new(Party.Seller, kind, title, happened)];

    private static Party OtherThan(ActorKind actor) => actor == ActorKind.Buyer ? Party.Seller : Party.Buyer;

    private static DomainText OfferMade(IReadOnlyDictionary<string, string> data, DomainText actor)
    {
        var offer = RemedyText(Enum.Parse<Remedy>(data["remedy"]), Amount(data, "amount"));
        return HasNote(data) ? Say($"The {actor} offers {offer}. Their note: {Quote(data, "note")}") : Say($"The {actor} offers {offer}.");
    }

    private static DomainText EscalatedBecause(IReadOnlyDictionary<string, string> data, DomainText actor) => data.GetValueOrDefault("why") switch
    {
        "seller-unresponsive" => Say($"The seller did not answer within the response time, so the case went to the platform's moderators. The seller is marked unresponsive."),
        "negotiation-timed-out" => Say($"The negotiation time ran out without a settlement, so the case went to the platform's moderators."),
        _ => Say($"The {actor} asked the platform to mediate, so the case went to the platform's moderators."),
    };

    private static PlannedNotification[] ClosedBecause(string? why, string order) => why switch
    {
        "appeal-window-closed" => Both(NotificationKind.Closed, Say($"The decision on order {order} is final"),
            Say($"Nobody appealed within the appeal window, so the decision is final and the dispute is closed.")),
        "appeal-dismissed-buyer-silent" => Both(NotificationKind.Closed, Say($"The appeal on order {order} is dismissed"),
            Say($"The buyer did not answer the moderator's request in time, so the appeal is dismissed and the decision stands.")),
        _ => [],
    };
}
