using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Tests.Support;

namespace DisputeCenter.Domain.Tests.Disputes;

public sealed class AvailableActionsTests
{
    [Fact]
    public void A_fresh_dispute_lets_the_seller_answer_and_the_buyer_wait_or_withdraw()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.File();

        Assert.Equal(
            new[] { DisputeAction.AnswerClaim, DisputeAction.AcceptClaim, DisputeAction.MakeOffer, DisputeAction.AcceptOffer, DisputeAction.PostMessage }.Order(),
            dispute.AvailableActions(Party.Seller, scenario.Now).Order());
        Assert.Equal(
            new[] { DisputeAction.Withdraw, DisputeAction.MakeOffer, DisputeAction.PostMessage }.Order(),
            dispute.AvailableActions(Party.Buyer, scenario.Now).Order());
    }

    [Fact]
    public void One_second_after_the_response_deadline_the_seller_can_no_longer_answer_and_the_buyer_can_escalate()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.File();
        scenario.Clock.SetUtcNow(dispute.SellerResponseDueAt + TimeSpan.FromSeconds(1));

        Assert.DoesNotContain(DisputeAction.AnswerClaim, dispute.AvailableActions(Party.Seller, scenario.Now));
        Assert.Contains(DisputeAction.RequestMediation, dispute.AvailableActions(Party.Buyer, scenario.Now));
        Assert.DoesNotContain(DisputeAction.RequestMediation, dispute.AvailableActions(Party.Seller, scenario.Now));
    }

    [Fact]
    public void A_sellers_counter_offer_becomes_acceptable_for_the_buyer_and_a_settlement_ends_all_actions()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.File();
        Assert.DoesNotContain(DisputeAction.AcceptOffer, dispute.AvailableActions(Party.Buyer, scenario.Now));

        dispute.SellerCounter(TestOrders.SellerUserId, Remedy.PartialRefund, TestOrders.Usd(30m), "30 back, keep it", scenario.Now);
        Assert.Contains(DisputeAction.AcceptOffer, dispute.AvailableActions(Party.Buyer, scenario.Now));

        dispute.AcceptStandingOffer(Party.Buyer, TestOrders.BuyerId, dispute.StandingOfferBy(Party.Seller)!.Id, scenario.Now);
        Assert.Empty(dispute.AvailableActions(Party.Buyer, scenario.Now));
        Assert.Empty(dispute.AvailableActions(Party.Seller, scenario.Now));
    }
}
