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
                new(Party.Seller, NotificationKind.DisputeFiled, $"New dispute on order {order}",
                    $"The buyer opened a dispute on order {order}: {dispute.Reason.Title()}. They ask for {RemedyText(dispute.RequestedRemedy, dispute.AmountClaimed.ToString())}."),
            ],
            DisputeEventKind.SellerResponded =>
            [
                new(Party.Buyer, NotificationKind.SellerAnswered, $"The seller answered your dispute on order {order}",
                    $"The seller gave their side of the story: {Quote(data, "statement")}"),
            ],
            DisputeEventKind.SellerRejected =>
            [
                new(Party.Buyer, NotificationKind.SellerRejected, $"The seller rejected your claim on order {order}",
                    $"The seller rejected your claim and said: {Quote(data, "statement")}"),
            ],
            DisputeEventKind.OfferMade when entry.Actor is ActorKind.Buyer or ActorKind.Seller =>
            [
                new(OtherThan(entry.Actor), NotificationKind.OfferMade, $"The {actor} made an offer on order {order}",
                    $"The {actor} offers {RemedyText(Enum.Parse<Remedy>(data["remedy"]), data.GetValueOrDefault("amount"))}.{Note(data)}"),
            ],
            DisputeEventKind.OfferAccepted when entry.Actor is ActorKind.Buyer or ActorKind.Seller =>
            [
                new(OtherThan(entry.Actor), NotificationKind.Settled, $"The dispute on order {order} is settled",
                    $"The {actor} accepted your offer. The dispute is settled: {OutcomeText(Enum.Parse<Outcome>(data["outcome"]), data.GetValueOrDefault("refund"))}."),
            ],
            DisputeEventKind.Escalated => Both(NotificationKind.Escalated, $"The dispute on order {order} went to a moderator", EscalatedBecause(data, actor)),
            DisputeEventKind.InformationRequested =>
            [
                new(Enum.Parse<Party>(data["from"]), NotificationKind.InformationRequested, $"A moderator needs information from you on order {order}",
                    $"The moderator asks: {Quote(data, "what")}"),
            ],
            DisputeEventKind.Decided => Both(
                NotificationKind.Decided,
                data.GetValueOrDefault("onAppeal") == "true" ? $"The appeal on order {order} is decided" : $"A moderator decided the dispute on order {order}",
                $"The decision: {OutcomeText(Enum.Parse<Outcome>(data["outcome"]), data.GetValueOrDefault("amount"))}. The reasons given: {Quote(data, "rationale")}"),
            DisputeEventKind.Appealed when entry.Actor is ActorKind.Buyer or ActorKind.Seller =>
            [
                new(OtherThan(entry.Actor), NotificationKind.Appealed, $"The {actor} appealed the decision on order {order}",
                    $"The {actor} appealed with new information: {Quote(data, "newInformation")} A different moderator will review the case."),
            ],
            DisputeEventKind.Withdrawn =>
            [
                new(Party.Seller, NotificationKind.Withdrawn, $"The buyer withdrew the dispute on order {order}",
                    $"The buyer withdrew the dispute; nothing is refunded. Their reason: {Quote(data, "reason")}"),
            ],
            DisputeEventKind.Expired =>
            [
                new(Party.Buyer, NotificationKind.Expired, $"Your dispute on order {order} expired",
                    "You did not answer the moderator's request in time, so the dispute expired without a refund."),
            ],
            DisputeEventKind.Closed => ClosedBecause(data.GetValueOrDefault("why"), order),
            _ => [],
        };
    }

    private static PlannedNotification[] Both(NotificationKind kind, string title, string happened) =>
        [new(Party.Buyer, kind, title, happened), new(Party.Seller, kind, title, happened)];

    private static Party OtherThan(ActorKind actor) => actor == ActorKind.Buyer ? Party.Seller : Party.Buyer;

    private static string EscalatedBecause(IReadOnlyDictionary<string, string> data, string actor) => data.GetValueOrDefault("why") switch
    {
        "seller-unresponsive" => "The seller did not answer within the response time, so the case went to the platform's moderators. The seller is marked unresponsive.",
        "negotiation-timed-out" => "The negotiation time ran out without a settlement, so the case went to the platform's moderators.",
        _ => $"The {actor} asked the platform to mediate, so the case went to the platform's moderators.",
    };

    private static PlannedNotification[] ClosedBecause(string? why, string order) => why switch
    {
        "appeal-window-closed" => Both(NotificationKind.Closed, $"The decision on order {order} is final",
            "Nobody appealed within the appeal window, so the decision is final and the dispute is closed."),
        "appeal-dismissed-buyer-silent" => Both(NotificationKind.Closed, $"The appeal on order {order} is dismissed",
            "The buyer did not answer the moderator's request in time, so the appeal is dismissed and the decision stands."),
        _ => [],
    };
}
