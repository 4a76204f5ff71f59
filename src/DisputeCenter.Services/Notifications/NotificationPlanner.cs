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
        var actor = PartyName(entry.Actor);
        return entry.Event switch
        {
            TimelineEvent.Filed =>
            [
                new(Party.Seller, NotificationKind.DisputeFiled, Say($"New dispute on order {order}"),
                    Say($"The buyer opened a dispute on order {order}: {dispute.Reason.Named()}. They ask for {RemedyText(dispute.RequestedRemedy, dispute.AmountClaimed)}.")),
            ],
            TimelineEvent.SellerResponded answered =>
            [
                new(Party.Buyer, NotificationKind.SellerAnswered, Say($"The seller answered your dispute on order {order}"),
                    Say($"The seller gave their side of the story: {Quote(answered.Statement)}")),
            ],
            TimelineEvent.SellerRejected rejected =>
            [
                new(Party.Buyer, NotificationKind.SellerRejected, Say($"The seller rejected your claim on order {order}"),
                    Say($"The seller rejected your claim and said: {Quote(rejected.Statement)}")),
            ],
            TimelineEvent.OfferMade offer when entry.Actor is ActorKind.Buyer or ActorKind.Seller =>
            [
                new(OtherThan(entry.Actor), NotificationKind.OfferMade, Say($"The {actor} made an offer on order {order}"), OfferMade(offer, actor)),
            ],
            TimelineEvent.OfferAccepted accepted when entry.Actor is ActorKind.Buyer or ActorKind.Seller =>
            [
                new(OtherThan(entry.Actor), NotificationKind.Settled, Say($"The dispute on order {order} is settled"),
                    Say($"The {actor} accepted your offer. The dispute is settled: {OutcomeText(accepted.Outcome, accepted.Refund)}.")),
            ],
            TimelineEvent.Escalated escalated => Both(NotificationKind.Escalated, Say($"The dispute on order {order} went to a moderator"), EscalatedBecause(escalated.Why, actor)),
            TimelineEvent.InformationRequested requested =>
            [
                new(requested.From, NotificationKind.InformationRequested, Say($"A moderator needs information from you on order {order}"),
                    Say($"The moderator asks: {Quote(requested.What)}")),
            ],
            TimelineEvent.Decided decided => Both(
                NotificationKind.Decided,
                decided.OnAppeal ? Say($"The appeal on order {order} is decided") : Say($"A moderator decided the dispute on order {order}"),
                Say($"The decision: {OutcomeText(decided.Outcome, decided.Amount)}. The reasons given: {Quote(decided.Rationale)}")),
            TimelineEvent.Appealed appealed when entry.Actor is ActorKind.Buyer or ActorKind.Seller =>
            [
                new(OtherThan(entry.Actor), NotificationKind.Appealed, Say($"The {actor} appealed the decision on order {order}"),
                    Say($"The {actor} appealed with new information: {Quote(appealed.NewInformation)} A different moderator will review the case.")),
            ],
            TimelineEvent.Withdrawn withdrawn =>
            [
                new(Party.Seller, NotificationKind.Withdrawn, Say($"The buyer withdrew the dispute on order {order}"),
                    Say($"The buyer withdrew the dispute; nothing is refunded. Their reason: {Quote(withdrawn.Reason)}")),
            ],
            TimelineEvent.Expired =>
            [
                new(Party.Buyer, NotificationKind.Expired, Say($"Your dispute on order {order} expired"),
                    Say($"You did not answer the moderator's request in time, so the dispute expired without a refund.")),
            ],
            TimelineEvent.Closed closed => ClosedBecause(closed.Why, order),
            TimelineEvent.ReturnOpened opened => Both(
                NotificationKind.ReturnUpdate,
                Say($"Return and refund on order {order}: the goods go back first"),
                Say($"The buyer sends the goods back with tracking, and is refunded {opened.RefundDue} when they arrive. The seller gives a return address by {opened.AddressDueAt}; without one, the platform's returns address is used.")),
            TimelineEvent.ReturnAddressGiven { Address: { } address } =>
            [
                new(Party.Buyer, NotificationKind.ReturnUpdate, Say($"Where to send the goods back for order {order}"),
                    Say($"The seller's return address: {Quote(address)} Send the goods with tracking and enter the carrier and tracking number on the dispute.")),
            ],
            TimelineEvent.ReturnAddressGiven => Both(
                NotificationKind.ReturnUpdate,
                Say($"The goods for order {order} go to the platform's returns address"),
                Say($"The seller gave no return address in time, so the goods go to the platform's returns address, shown on the dispute.")),
            TimelineEvent.ReturnShipped shipped =>
            [
                new(Party.Seller, NotificationKind.ReturnUpdate, Say($"The buyer sent the goods back for order {order}"),
                    Say($"The buyer sent the goods with {shipped.Carrier}, tracking number {shipped.TrackingNumber}. When they arrive, confirm them or report them damaged or missing.")),
            ],
            TimelineEvent.ReturnDelivered delivered =>
            [
                new(Party.Seller, NotificationKind.ReturnUpdate, Say($"The carrier delivered the returned goods for order {order}"),
                    Say($"Confirm the goods or report them damaged or missing by {delivered.ReceiptDueAt}. If you do neither, the buyer is refunded automatically.")),
            ],
            TimelineEvent.ReturnReceived received => Both(
                NotificationKind.ReturnUpdate,
                Say($"The goods for order {order} are back: the buyer is refunded"),
                received.Automatically
                    ? Say($"The seller did not answer in time after the carrier delivered the goods, so the buyer is refunded {received.Refund}.")
                    : Say($"The seller confirmed the returned goods; the buyer is refunded {received.Refund}.")),
            TimelineEvent.ReturnProblemReported reported =>
            [
                new(Party.Buyer, NotificationKind.ReturnUpdate, Say($"The seller reported a problem with the returned goods for order {order}"),
                    reported.Problem == Domain.Disputes.Returns.ReturnProblem.Damaged
                        ? Say($"The seller says the goods arrived damaged: {Quote(reported.Statement)} A moderator will decide; add your shipping receipt and photos to the dispute.")
                        : Say($"The seller says the goods are missing: {Quote(reported.Statement)} A moderator will decide; add your shipping receipt and photos to the dispute.")),
            ],
            TimelineEvent.ReturnNotDelivered => Both(
                NotificationKind.ReturnUpdate,
                Say($"The return for order {order} went to a moderator"),
                Say($"The carrier has not shown the returned goods delivered in time, so a moderator looks into it.")),
            TimelineEvent.ReturnLapsed =>
            [
                new(Party.Buyer, NotificationKind.ReturnUpdate, Say($"Your dispute on order {order} closed without a refund"),
                    Say($"The goods were not sent back in time, so the return lapsed and the dispute closed without a refund.")),
            ],
            _ => [],
        };
    }

    private static PlannedNotification[] Both(NotificationKind kind, DomainText title, DomainText happened) =>
        [new(Party.Buyer, kind, title, happened), new(Party.Seller, kind, title, happened)];

    private static Party OtherThan(ActorKind actor) => actor == ActorKind.Buyer ? Party.Seller : Party.Buyer;

    private static DomainText OfferMade(TimelineEvent.OfferMade offer, DomainText actor)
    {
        var offered = RemedyText(offer.Remedy, offer.Amount);
        return string.IsNullOrWhiteSpace(offer.Note) ? Say($"The {actor} offers {offered}.") : Say($"The {actor} offers {offered}. Their note: {Quote(offer.Note)}");
    }

    private static DomainText EscalatedBecause(EscalationReason why, DomainText actor) => why switch
    {
        EscalationReason.SellerUnresponsive => Say($"The seller did not answer within the response time, so the case went to the platform's moderators. The seller is marked unresponsive."),
        EscalationReason.NegotiationTimedOut => Say($"The negotiation time ran out without a settlement, so the case went to the platform's moderators."),
        _ => Say($"The {actor} asked the platform to mediate, so the case went to the platform's moderators."),
    };

    private static PlannedNotification[] ClosedBecause(ClosureReason why, string order) => why switch
    {
        ClosureReason.AppealWindowClosed => Both(NotificationKind.Closed, Say($"The decision on order {order} is final"),
            Say($"Nobody appealed within the appeal window, so the decision is final and the dispute is closed.")),
        ClosureReason.AppealDismissedBuyerSilent => Both(NotificationKind.Closed, Say($"The appeal on order {order} is dismissed"),
            Say($"The buyer did not answer the moderator's request in time, so the appeal is dismissed and the decision stands.")),
        _ => [],
    };
}
