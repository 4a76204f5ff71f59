using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    /// <summary>Who must do what, by when (UTC), and what happens if they don't. Empty once the dispute is closed.</summary>
    public IReadOnlyList<PendingAction> PendingActions(DateTimeOffset now)
    {
        var actions = new List<PendingAction>();
        void Add(ActorKind actor, Common.DomainText what, DateTimeOffset dueAt, Common.DomainText ifMissed) =>
            actions.Add(new PendingAction(actor, what, dueAt, ifMissed, now > dueAt));

        switch (Status)
        {
            case DisputeStatus.AwaitingSeller:
                Add(ActorKind.Seller, DisputeTexts.SellerMustAnswer, SellerResponseDueAt, DisputeTexts.IfSellerSilent);
                break;
            case DisputeStatus.Negotiating:
                foreach (var party in new[] { Party.Buyer, Party.Seller })
                {
                    var other = StandingOfferBy(party == Party.Buyer ? Party.Seller : Party.Buyer);
                    Add(
                        ActorOf(party),
                        other is null ? DisputeTexts.MakeAnOffer : DisputeTexts.AnswerTheOffer(other.MadeBy, DisputeTexts.Describe(other.Kind, other.Amount)),
                        NegotiationDueAt,
                        DisputeTexts.IfNegotiationTimesOut);
                }

                break;
            case DisputeStatus.InMediation or DisputeStatus.UnderAppeal:
                Add(
                    ActorKind.Moderator,
                    AssignedModeratorId is null ? DisputeTexts.TakeTheCase : DisputeTexts.ReviewAndDecide,
                    NextDeadlineAt!.Value,
                    DisputeTexts.IfModeratorStalls);
                break;
            case DisputeStatus.AwaitingInformation:
                var request = OpenInformationRequest!;
                Add(ActorOf(request.RequestedFrom), DisputeTexts.AnswerTheModerator(request.What), request.DueAt, IfMissedText(request));
                break;
            case DisputeStatus.AwaitingReturn:
                AddReturnActions(Add);
                break;
            case DisputeStatus.Decided:
                foreach (var party in new[] { Party.Buyer, Party.Seller })
                {
                    Add(ActorOf(party), DisputeTexts.AppealIfYouDisagree, AppealDueAt!.Value, DisputeTexts.IfNobodyAppeals);
                }

                break;
        }

        return actions;
    }

    private void AddReturnActions(Action<ActorKind, Common.DomainText, DateTimeOffset, Common.DomainText> add)
    {
        var shipment = Return!;
        switch (shipment.Status)
        {
            case Returns.ReturnStatus.AwaitingAddress:
                add(ActorKind.Seller, DisputeTexts.GiveReturnAddress, shipment.AddressDueAt, DisputeTexts.IfNoReturnAddress);
                add(ActorKind.Buyer, DisputeTexts.WaitForReturnAddress, shipment.AddressDueAt, DisputeTexts.IfNoReturnAddress);
                break;
            case Returns.ReturnStatus.AwaitingShipment:
                add(ActorKind.Buyer, DisputeTexts.ShipTheReturn, shipment.ShipByAt!.Value, DisputeTexts.IfReturnNotShipped);
                break;
            case Returns.ReturnStatus.InTransit:
                add(ActorKind.Seller, DisputeTexts.ConfirmReturnOrReport, shipment.TransitDueAt!.Value, DisputeTexts.IfReturnNotDelivered);
                break;
            case Returns.ReturnStatus.Delivered:
                add(ActorKind.Seller, DisputeTexts.ConfirmReturnNow, shipment.ReceiptDueAt!.Value, DisputeTexts.IfSellerSilentAfterDelivery);
                break;
        }
    }

    private Common.DomainText IfMissedText(InformationRequest request) => request switch
    {
        { IfMissed: MissedRequestConsequence.DecideOnAvailableEvidence } => DisputeTexts.IfMissedDecideOnEvidence,
        { RequestedFrom: Party.Buyer } when AppealedAt is not null => DisputeTexts.IfMissedAppealDismissed,
        { RequestedFrom: Party.Buyer } => DisputeTexts.IfMissedExpires,
        _ => DisputeTexts.IfMissedDecidedForBuyer,
    };
}
