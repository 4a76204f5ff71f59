using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class OfferTests
{
    private readonly DisputeScenario _scenario = new();

    private DateTimeOffset Now => _scenario.Now;

    [Fact]
    public void The_sellers_first_answer_opens_negotiation_until_the_negotiation_deadline()
    {
        var dispute = _scenario.File();

        dispute.SellerRespond(SellerUserId, DisputeScenario.Statement, Now.AddHours(1));

        Assert.Equal(DisputeStatus.Negotiating, dispute.Status);
        Assert.Equal(Now.AddHours(1), dispute.SellerRespondedAt);
        Assert.Equal(dispute.FiledAt.AddDays(7), dispute.NextDeadlineAt);
    }

    [Fact]
    public void A_seller_counter_within_the_response_time_opens_negotiation()
    {
        var dispute = _scenario.File();
        _scenario.Advance(TimeSpan.FromDays(5) - TimeSpan.FromSeconds(1));

        var offer = dispute.SellerCounter(SellerUserId, Remedy.PartialRefund, Usd(30m), "Keep it, 30% back.", Now);

        Assert.Equal(DisputeStatus.Negotiating, dispute.Status);
        Assert.Equal(2, offer.Sequence);
        Assert.Equal(Party.Seller, offer.MadeBy);
        Assert.Equal(OfferStatus.Standing, offer.Status);
        Assert.Equal(OfferStatus.Standing, dispute.StandingOfferBy(Party.Buyer)!.Status);
    }

    [Fact]
    public void A_seller_answer_one_second_after_the_response_time_is_refused()
    {
        var dispute = _scenario.File();
        _scenario.Advance(TimeSpan.FromDays(5) + TimeSpan.FromSeconds(1));

        Refused.By<DeadlineMustNotHavePassedRule>(() => dispute.SellerCounter(SellerUserId, Remedy.Replacement, null, null, Now));
        Refused.By<DeadlineMustNotHavePassedRule>(() => dispute.SellerAcceptClaim(SellerUserId, Now));
        Assert.Equal(DisputeStatus.AwaitingSeller, dispute.Status);
    }

    [Fact]
    public void Only_the_seller_answers_as_the_seller()
    {
        var dispute = _scenario.File();

        Refused.By<UserMustBeThePartyRule>(() => dispute.SellerReject(BuyerId, DisputeScenario.Statement, Now));
    }

    [Fact]
    public void Rejecting_needs_a_statement_and_marks_the_claim_rejected()
    {
        var dispute = _scenario.File();
        Refused.By<StatementMustBeGivenRule>(() => dispute.SellerReject(SellerUserId, "  ", Now));

        dispute.SellerReject(SellerUserId, DisputeScenario.Statement, Now);

        Assert.Equal(DisputeStatus.Negotiating, dispute.Status);
        Assert.Equal(OfferStatus.Rejected, dispute.Offers.Single().Status);
        Assert.Null(dispute.StandingOfferBy(Party.Buyer));
    }

    [Fact]
    public void The_seller_accepting_the_claim_settles_with_a_full_refund()
    {
        var dispute = _scenario.File();

        dispute.SellerAcceptClaim(SellerUserId, Now);

        Assert.Equal(DisputeStatus.Settled, dispute.Status);
        Assert.Equal(Outcome.FullRefund, dispute.Outcome);
        var refund = Assert.Single(dispute.Refunds);
        Assert.Equal(Usd(100m), refund.Amount);
        Assert.Equal(RefundCause.Settlement, refund.Cause);
        Assert.Equal(OfferStatus.Accepted, dispute.Offers.Single().Status);
        Assert.False(dispute.IsOpen);
        Assert.Null(dispute.NextDeadlineAt);
    }

    [Fact]
    public void Accepting_a_rejected_claim_is_refused()
    {
        var dispute = _scenario.File();
        dispute.SellerReject(SellerUserId, DisputeScenario.Statement, Now);

        Refused.By<OfferMustBeStandingRule>(() => dispute.SellerAcceptClaim(SellerUserId, Now));
    }

    [Fact]
    public void A_new_offer_supersedes_the_same_partys_standing_offer()
    {
        var dispute = _scenario.Negotiating();
        var first = dispute.SellerCounter(SellerUserId, Remedy.PartialRefund, Usd(20m), null, Now);

        var second = dispute.SellerCounter(SellerUserId, Remedy.PartialRefund, Usd(35m), "Final offer.", Now);

        Assert.Equal(OfferStatus.Superseded, first.Status);
        Assert.Equal(OfferStatus.Standing, second.Status);
        Assert.Equal([1, 2, 3], dispute.Offers.Select(o => o.Sequence));
    }

    [Fact]
    public void The_buyer_accepting_the_sellers_partial_refund_settles_for_that_amount()
    {
        var dispute = _scenario.Negotiating();
        var offer = dispute.SellerCounter(SellerUserId, Remedy.PartialRefund, Usd(35m), null, Now);

        dispute.AcceptStandingOffer(Party.Buyer, BuyerId, offer.Id, Now);

        Assert.Equal(DisputeStatus.Settled, dispute.Status);
        Assert.Equal(Outcome.PartialRefund, dispute.Outcome);
        Assert.Equal(Usd(35m), Assert.Single(dispute.Refunds).Amount);
        Assert.Equal(OfferStatus.Lapsed, dispute.Offers.First().Status);
        Assert.Contains(dispute.PendingTimeline, e => e.Kind == DisputeEventKind.OfferAccepted && e.Actor == ActorKind.Buyer);
    }

    [Fact]
    public void A_replacement_settles_without_a_refund()
    {
        var dispute = _scenario.Negotiating();
        var offer = dispute.SellerCounter(SellerUserId, Remedy.Replacement, null, "We ship a new one.", Now);

        dispute.AcceptStandingOffer(Party.Buyer, BuyerId, offer.Id, Now);

        Assert.Equal(Outcome.Replacement, dispute.Outcome);
        Assert.Empty(dispute.Refunds);
    }

    [Fact]
    public void The_seller_can_accept_the_buyers_counter()
    {
        var dispute = _scenario.Negotiating();
        var counter = dispute.BuyerCounter(BuyerId, Remedy.PartialRefund, Usd(60m), "I keep it for 60.", Now);

        dispute.AcceptStandingOffer(Party.Seller, SellerUserId, counter.Id, Now);

        Assert.Equal(Usd(60m), Assert.Single(dispute.Refunds).Amount);
        Assert.Equal(OfferStatus.Superseded, dispute.Offers.First().Status);
    }

    [Fact]
    public void A_party_cannot_accept_its_own_offer()
    {
        var dispute = _scenario.Negotiating();
        var offer = dispute.SellerCounter(SellerUserId, Remedy.PartialRefund, Usd(35m), null, Now);

        Refused.By<OnlyTheOtherPartysOfferCanBeAcceptedRule>(() => dispute.AcceptStandingOffer(Party.Seller, SellerUserId, offer.Id, Now));
    }

    [Fact]
    public void Accepting_a_superseded_offer_is_refused()
    {
        var dispute = _scenario.Negotiating();
        var old = dispute.SellerCounter(SellerUserId, Remedy.PartialRefund, Usd(20m), null, Now);
        dispute.SellerCounter(SellerUserId, Remedy.PartialRefund, Usd(25m), null, Now);

        var message = Refused.MessageOf<OfferMustBeStandingRule>(() => dispute.AcceptStandingOffer(Party.Buyer, BuyerId, old.Id, Now));

        Assert.Contains("superseded", message);
    }

    [Fact]
    public void Accepting_an_unknown_offer_is_refused()
    {
        var dispute = _scenario.Negotiating();

        Refused.By<OfferMustBeStandingRule>(() => dispute.AcceptStandingOffer(Party.Buyer, BuyerId, Guid.NewGuid(), Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(150)]
    public void A_partial_refund_offer_must_be_above_zero_and_below_the_refundable_amount(int amount)
    {
        var dispute = _scenario.Negotiating();

        Refused.By<OfferMustSuitRemedyRule>(() => dispute.SellerCounter(SellerUserId, Remedy.PartialRefund, Usd(amount), null, Now));
    }

    [Fact]
    public void A_partial_refund_without_an_amount_is_refused()
    {
        var dispute = _scenario.Negotiating();

        Refused.By<OfferMustSuitRemedyRule>(() => dispute.BuyerCounter(BuyerId, Remedy.PartialRefund, null, null, Now));
    }

    [Fact]
    public void A_replacement_with_an_amount_is_refused()
    {
        var dispute = _scenario.Negotiating();

        Refused.By<OfferMustSuitRemedyRule>(() => dispute.SellerCounter(SellerUserId, Remedy.Replacement, Usd(5m), null, Now));
    }

    [Fact]
    public void A_return_and_refund_offer_refunds_the_whole_refundable_amount()
    {
        var dispute = _scenario.Negotiating();

        var offer = dispute.SellerCounter(SellerUserId, Remedy.ReturnAndRefund, null, "Send it back, full refund.", Now);
        dispute.AcceptStandingOffer(Party.Buyer, BuyerId, offer.Id, Now);

        Assert.Equal(Usd(100m), offer.Amount);
        Assert.Equal(Outcome.ReturnAndRefund, dispute.Outcome);
    }

    [Fact]
    public void A_settlement_that_refunds_nothing_is_refused_by_its_rule()
    {
        Assert.True(new SettlementMustRefundSomethingRule(Remedy.PartialRefund, Usd(0m)).IsBroken());
        Assert.True(new SettlementMustRefundSomethingRule(Remedy.FullRefund, null).IsBroken());
        Assert.False(new SettlementMustRefundSomethingRule(Remedy.Replacement, null).IsBroken());
        Assert.False(new SettlementMustRefundSomethingRule(Remedy.PartialRefund, Usd(0.01m)).IsBroken());
    }

    [Fact]
    public void Offers_one_second_after_the_negotiation_deadline_are_refused()
    {
        var dispute = _scenario.Negotiating();
        var offer = dispute.SellerCounter(SellerUserId, Remedy.PartialRefund, Usd(30m), null, Now);
        _scenario.Clock.SetUtcNow(dispute.NegotiationDueAt.AddSeconds(1));

        Refused.By<DeadlineMustNotHavePassedRule>(() => dispute.AcceptStandingOffer(Party.Buyer, BuyerId, offer.Id, Now));
        Refused.By<DeadlineMustNotHavePassedRule>(() => dispute.BuyerCounter(BuyerId, Remedy.PartialRefund, Usd(50m), null, Now));
    }

    [Fact]
    public void Offers_one_second_before_the_negotiation_deadline_are_accepted()
    {
        var dispute = _scenario.Negotiating();
        var offer = dispute.SellerCounter(SellerUserId, Remedy.PartialRefund, Usd(30m), null, Now);
        _scenario.Clock.SetUtcNow(dispute.NegotiationDueAt.AddSeconds(-1));

        dispute.AcceptStandingOffer(Party.Buyer, BuyerId, offer.Id, Now);

        Assert.Equal(DisputeStatus.Settled, dispute.Status);
    }

    [Fact]
    public void Parties_can_still_settle_in_mediation()
    {
        var dispute = _scenario.WithModerator();
        var offer = dispute.SellerCounter(SellerUserId, Remedy.PartialRefund, Usd(50m), null, Now);

        dispute.AcceptStandingOffer(Party.Buyer, BuyerId, offer.Id, Now);

        Assert.Equal(DisputeStatus.Settled, dispute.Status);
        Assert.Null(dispute.AssignedModeratorId);
    }

    [Fact]
    public void Accepting_an_offer_on_a_decided_dispute_is_refused()
    {
        var dispute = _scenario.Decided();

        var message = Refused.MessageOf<DisputeMustBeInStatusRule>(
            () => dispute.AcceptStandingOffer(Party.Buyer, BuyerId, dispute.Offers.First().Id, Now));

        Assert.Equal("You can't accept an offer now: the dispute is Decided.", message);
    }

    [Fact]
    public void Offers_on_a_settled_dispute_are_refused()
    {
        var dispute = _scenario.File();
        dispute.SellerAcceptClaim(SellerUserId, Now);

        Refused.By<DisputeMustBeInStatusRule>(() => dispute.BuyerCounter(BuyerId, Remedy.Replacement, null, null, Now));
        Refused.By<DisputeMustBeInStatusRule>(() => dispute.SellerAcceptClaim(SellerUserId, Now));
    }
}
