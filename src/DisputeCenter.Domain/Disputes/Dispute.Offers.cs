using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;

namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    private static readonly DisputeStatus[] OfferStatuses = [DisputeStatus.AwaitingSeller, DisputeStatus.Negotiating, DisputeStatus.InMediation];

    /// <summary>The seller answers with its side of the story, without accepting or rejecting anything yet.</summary>
    public void SellerRespond(string sellerUserId, string statement, DateTimeOffset now)
    {
        CheckSellerMayAct("answer the dispute", sellerUserId, now);
        CheckRule(new StatementMustBeGivenRule(statement));
        var utcNow = now.ToUniversalTime();
        MarkSellerResponded(utcNow);
        Record(new TimelineEvent.SellerResponded(statement.Trim()), ActorKind.Seller, sellerUserId, utcNow);
    }

    /// <summary>The seller accepts the buyer's standing claim; the dispute settles on it.</summary>
    public void SellerAcceptClaim(string sellerUserId, DateTimeOffset now)
    {
        var claim = GuardSellerAcceptClaim(sellerUserId, now);
        Settle(claim, Party.Seller, sellerUserId, now.ToUniversalTime());
    }

    /// <summary>The seller rejects the buyer's standing claim with a statement; the parties negotiate on.</summary>
    public void SellerReject(string sellerUserId, string statement, DateTimeOffset now)
    {
        CheckSellerMayAct("reject the claim", sellerUserId, now);
        CheckRule(new StatementMustBeGivenRule(statement));
        var utcNow = now.ToUniversalTime();
        var claim = StandingOfferBy(Party.Buyer);
        claim?.ChangeStatus(OfferStatus.Rejected, utcNow);
        MarkSellerResponded(utcNow);
        Record(new TimelineEvent.SellerRejected(statement.Trim(), claim?.Id), ActorKind.Seller, sellerUserId, utcNow);
    }

    /// <summary>The seller proposes a remedy; its own earlier standing offer is superseded.</summary>
    public Offer SellerCounter(string sellerUserId, Remedy remedy, Money? amount, string? note, DateTimeOffset now)
    {
        GuardOffer(Party.Seller, sellerUserId, now);
        return MakeOffer(Party.Seller, sellerUserId, remedy, amount, note, now.ToUniversalTime());
    }

    /// <summary>The buyer revises its claim or answers the seller's offer with another; its earlier standing offer is superseded.</summary>
    public Offer BuyerCounter(string buyerId, Remedy remedy, Money? amount, string? note, DateTimeOffset now)
    {
        GuardOffer(Party.Buyer, buyerId, now);
        return MakeOffer(Party.Buyer, buyerId, remedy, amount, note, now.ToUniversalTime());
    }

    /// <summary>Either party accepts the other party's standing offer; the dispute settles on it.</summary>
    public void AcceptStandingOffer(Party party, string userId, Guid offerId, DateTimeOffset now)
    {
        var offer = GuardAcceptOffer(party, userId, offerId, now);
        Settle(offer, party, userId, now.ToUniversalTime());
    }

    private Offer GuardSellerAcceptClaim(string sellerUserId, DateTimeOffset now)
    {
        CheckSellerMayAct("accept the claim", sellerUserId, now);
        var claim = StandingOfferBy(Party.Buyer);
        CheckRule(new OfferMustBeStandingRule(claim));
        CheckRule(new SettlementMustRefundSomethingRule(claim!.Kind, claim.Amount));
        return claim;
    }

    private void GuardOffer(Party party, string userId, DateTimeOffset now)
    {
        if (party == Party.Seller)
        {
            CheckSellerMayAct("make an offer", userId, now);
            return;
        }

        CheckStatus("make an offer", OfferStatuses);
        CheckParty(Party.Buyer, userId);
        CheckOfferClock("make an offer", now);
    }

    private Offer GuardAcceptOffer(Party party, string userId, Guid offerId, DateTimeOffset now)
    {
        CheckStatus("accept an offer", OfferStatuses);
        CheckParty(party, userId);
        CheckOfferClock("accept an offer", now);
        var offer = _offers.Find(o => o.Id == offerId);
        CheckRule(new OfferMustBeStandingRule(offer));
        CheckRule(new OnlyTheOtherPartysOfferCanBeAcceptedRule(party, offer!.MadeBy));
        CheckRule(new SettlementMustRefundSomethingRule(offer.Kind, offer.Amount));
        return offer;
    }

    private void CheckSellerMayAct(string action, string sellerUserId, DateTimeOffset now)
    {
        CheckStatus(action, OfferStatuses);
        CheckParty(Party.Seller, sellerUserId);
        CheckOfferClock(action, now);
    }

    /// <summary>While the parties' own clock runs (seller response, negotiation), acting after it is refused.</summary>
    private void CheckOfferClock(string action, DateTimeOffset now)
    {
        if (Status is DisputeStatus.AwaitingSeller or DisputeStatus.Negotiating)
        {
            CheckRule(new DeadlineMustNotHavePassedRule(action, NextDeadlineAt!.Value, now));
        }
    }

    /// <summary>The seller's first action within its response time opens negotiation.</summary>
    private void MarkSellerResponded(DateTimeOffset now)
    {
        SellerRespondedAt ??= now;
        if (Status == DisputeStatus.AwaitingSeller)
        {
            Status = DisputeStatus.Negotiating;
            NextDeadlineAt = NegotiationDueAt;
        }
    }

    private Offer MakeOffer(Party party, string userId, Remedy remedy, Money? amount, string? note, DateTimeOffset now)
    {
        CheckRule(new OfferMustSuitRemedyRule(remedy, amount, RefundableAtFiling));
        CheckRule(new OfferNoteMustNotBeTooLongRule(note));

        StandingOfferBy(party)?.ChangeStatus(OfferStatus.Superseded, now);
        var refund = remedy switch
        {
            Remedy.PartialRefund => amount,
            Remedy.Replacement => null,
            _ => RefundableAtFiling,
        };
        var offer = AddOffer(party, userId, remedy, refund, note?.Trim() ?? string.Empty, now);
        if (party == Party.Seller)
        {
            MarkSellerResponded(now);
        }

        Record(new TimelineEvent.OfferMade(offer.Id, remedy, offer.Amount, offer.Note), ActorOf(party), userId, now);
        return offer;
    }

    private Offer AddOffer(Party party, string userId, Remedy remedy, Money? amount, string note, DateTimeOffset now)
    {
        var offer = new Offer(Guid.CreateVersion7(now), _offers.Count + 1, party, userId, remedy, amount, note, now);
        _offers.Add(offer);
        return offer;
    }

    private void Settle(Offer offer, Party acceptedBy, string userId, DateTimeOffset now)
    {
        if (acceptedBy == Party.Seller)
        {
            SellerRespondedAt ??= now;
        }

        offer.ChangeStatus(OfferStatus.Accepted, now);
        Outcome = ToOutcome(offer.Kind);
        if (Outcome == Disputes.Outcome.ReturnAndRefund && Return is null && offer.Amount is { IsPositive: true } due)
        {
            AssignedModeratorId = null;
            LapseStandingOffers(now);
            Status = DisputeStatus.AwaitingReturn;
            Record(new TimelineEvent.OfferAccepted(offer.Id, Outcome.Value, offer.Amount), ActorOf(acceptedBy), userId, now);
            OpenReturn(Returns.ReturnOrigin.Settlement, due, now);
            return;
        }

        if (offer.Amount is { IsPositive: true } amount)
        {
            AddRefund(amount, RefundCause.Settlement, now);
        }

        AssignedModeratorId = null;
        Close(DisputeStatus.Settled, now);
        Record(new TimelineEvent.OfferAccepted(offer.Id, Outcome!.Value, offer.Amount), ActorOf(acceptedBy), userId, now);
    }

    private static Outcome ToOutcome(Remedy remedy) => remedy switch
    {
        Remedy.FullRefund => Disputes.Outcome.FullRefund,
        Remedy.PartialRefund => Disputes.Outcome.PartialRefund,
        Remedy.ReturnAndRefund => Disputes.Outcome.ReturnAndRefund,
        _ => Disputes.Outcome.Replacement,
    };

    /// <summary>Adds a refund, never beyond what is still refundable: the ledger only grows and never over-refunds.</summary>
    private void AddRefund(Money amount, RefundCause cause, DateTimeOffset now)
    {
        var capped = amount > StillRefundable ? StillRefundable : amount;
        if (capped.IsPositive)
        {
            _refunds.Add(new Refund(Guid.CreateVersion7(now), capped, cause, now));
        }
    }
}
