using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class FilingTests
{
    [Fact]
    public void Filing_keeps_the_orders_facts_and_waits_for_the_seller()
    {
        var scenario = new DisputeScenario();

        var dispute = scenario.File();

        Assert.Equal(DisputeStatus.AwaitingSeller, dispute.Status);
        Assert.Equal(scenario.Order.Id, dispute.OrderId);
        Assert.Equal(BuyerId, dispute.BuyerId);
        Assert.Equal(SellerId, dispute.SellerId);
        Assert.Equal(SellerUserId, dispute.SellerUserId);
        Assert.Equal("USD", dispute.Currency);
        Assert.Equal(Usd(100m), dispute.AmountPaid);
        Assert.Equal(scenario.Conversation.Id, dispute.ConversationId);
        Assert.Equal(scenario.Now, dispute.FiledAt);
        Assert.Equal(scenario.Now.AddDays(5), dispute.NextDeadlineAt);
        Assert.True(dispute.IsOpen);
    }

    [Fact]
    public void The_buyers_claim_is_the_first_standing_offer()
    {
        var dispute = new DisputeScenario().File(remedy: Remedy.PartialRefund, amount: Usd(30m));

        var claim = Assert.Single(dispute.Offers);
        Assert.Equal(1, claim.Sequence);
        Assert.Equal(Party.Buyer, claim.MadeBy);
        Assert.Equal(Remedy.PartialRefund, claim.Kind);
        Assert.Equal(Usd(30m), claim.Amount);
        Assert.Equal(OfferStatus.Standing, claim.Status);
    }

    [Fact]
    public void Filing_starts_the_timeline()
    {
        var dispute = new DisputeScenario().File();

        var entry = Assert.Single(dispute.PendingTimeline);
        Assert.Equal(DisputeEventKind.Filed, entry.Kind);
        Assert.Equal(ActorKind.Buyer, entry.Actor);
        Assert.Equal(1, entry.Sequence);
        Assert.Null(entry.PreviousHash);
        Assert.Equal(entry.Hash, dispute.TimelineHead);
    }

    [Fact]
    public void Only_the_orders_buyer_can_file()
    {
        Refused.By<OnlyTheOrdersBuyerCanFileRule>(() => new DisputeScenario().File(buyerId: OtherBuyerId));
    }

    [Fact]
    public void An_unpaid_order_cannot_be_disputed()
    {
        Refused.By<OrderMustBePaidRule>(() => new DisputeScenario(Placed()).File(DisputeReason.NotReceived));
    }

    [Fact]
    public void A_second_open_dispute_on_the_order_is_refused()
    {
        Refused.By<OneOpenDisputePerOrderRule>(() => new DisputeScenario().File(orderHasOpenDispute: true));
    }

    [Fact]
    public void Filing_on_the_last_second_of_the_window_is_accepted()
    {
        var scenario = new DisputeScenario();
        scenario.Clock.SetUtcNow(DeliveredAt.AddDays(30));

        Assert.Equal(DisputeStatus.AwaitingSeller, scenario.File().Status);
    }

    [Fact]
    public void Filing_after_the_window_closes_is_refused()
    {
        var scenario = new DisputeScenario();
        scenario.Clock.SetUtcNow(DeliveredAt.AddDays(30).AddSeconds(1));

        var message = Refused.MessageOf<DisputeMustBeFiledWithinWindowRule>(() => scenario.File());

        Assert.Equal("The filing window for 'Item defective or not as described' closed on 2026-11-14 14:00 UTC.", message);
    }

    [Fact]
    public void Filing_not_received_before_the_expected_delivery_date_is_refused()
    {
        var scenario = new DisputeScenario(Shipped(), conversationStartsAt: ExpectedDeliveryAt.AddDays(-5), waitAfterContact: TimeSpan.FromDays(5) - TimeSpan.FromSeconds(1));

        var message = Refused.MessageOf<DisputeMustBeFiledWithinWindowRule>(() => scenario.File(DisputeReason.NotReceived));

        Assert.Equal("The filing window for 'Order not received' opens on 2026-10-20 12:00 UTC.", message);
    }

    [Fact]
    public void Filing_not_received_after_the_expected_delivery_date_is_accepted()
    {
        var scenario = new DisputeScenario(Shipped());

        var dispute = scenario.File(DisputeReason.NotReceived);

        Assert.Equal(DisputeReason.NotReceived, dispute.Reason);
    }

    [Fact]
    public void Filing_a_received_goods_reason_before_delivery_is_refused()
    {
        var scenario = new DisputeScenario(Shipped());

        Refused.By<DisputeMustBeFiledWithinWindowRule>(() => scenario.File(DisputeReason.DamagedInTransit));
    }

    [Fact]
    public void Filing_without_contacting_the_seller_is_refused()
    {
        var message = Refused.MessageOf<SellerMustBeContactedFirstRule>(() => new DisputeScenario().File(noConversation: true));

        Assert.StartsWith("Contact the seller first", message);
    }

    [Fact]
    public void Filing_one_second_before_the_contact_period_ends_is_refused()
    {
        var scenario = new DisputeScenario(waitAfterContact: TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));

        var message = Refused.MessageOf<SellerMustBeContactedFirstRule>(() => scenario.File());

        Assert.Equal("Contact the seller first: you can file a dispute from 2026-10-19 14:00 UTC.", message);
    }

    [Fact]
    public void Filing_when_the_contact_period_ends_is_accepted()
    {
        var scenario = new DisputeScenario(waitAfterContact: TimeSpan.FromDays(3));

        Assert.Equal(DisputeStatus.AwaitingSeller, scenario.File().Status);
    }

    [Fact]
    public void Filing_after_marking_the_talks_resolved_is_refused()
    {
        var scenario = new DisputeScenario();
        scenario.Conversation.MarkResolved(BuyerId, scenario.Now);

        var message = Refused.MessageOf<SellerMustBeContactedFirstRule>(() => scenario.File());

        Assert.Contains("resolved", message);
    }

    [Fact]
    public void A_short_description_is_refused()
    {
        Refused.By<DescriptionMustBeDetailedRule>(() => new DisputeScenario().File(description: "It is broken.                    "));
    }

    [Fact]
    public void A_description_longer_than_the_limit_is_refused()
    {
        Refused.By<DescriptionMustBeDetailedRule>(() => new DisputeScenario().File(description: new string('x', Dispute.DescriptionMaxLength + 1)));
    }

    [Fact]
    public void A_claim_in_another_currency_is_refused()
    {
        Refused.By<AmountClaimedMustBeInOrderCurrencyRule>(
            () => new DisputeScenario().File(remedy: Remedy.PartialRefund, amount: new Money(10m, "EUR")));
    }

    [Fact]
    public void A_zero_claim_is_refused()
    {
        Refused.By<AmountClaimedMustBePositiveRule>(() => new DisputeScenario().File(remedy: Remedy.PartialRefund, amount: Usd(0m)));
    }

    [Fact]
    public void A_claim_above_what_was_paid_is_refused()
    {
        Refused.By<AmountClaimedMustNotExceedRefundableRule>(() => new DisputeScenario().File(remedy: Remedy.PartialRefund, amount: Usd(100.01m)));
    }

    [Fact]
    public void A_claim_above_what_is_left_after_earlier_refunds_is_refused()
    {
        Refused.By<AmountClaimedMustNotExceedRefundableRule>(
            () => new DisputeScenario().File(remedy: Remedy.FullRefund, amount: Usd(100m), refundedSoFar: Usd(20m)));
    }

    [Fact]
    public void A_full_refund_after_an_earlier_refund_claims_what_is_left()
    {
        var dispute = new DisputeScenario().File(remedy: Remedy.FullRefund, refundedSoFar: Usd(20m));

        Assert.Equal(Usd(80m), dispute.AmountClaimed);
        Assert.Equal(Usd(80m), dispute.RefundableAtFiling);
    }

    [Fact]
    public void A_full_refund_for_less_than_the_refundable_amount_is_refused()
    {
        Refused.By<RemedyMustMatchAmountClaimedRule>(() => new DisputeScenario().File(remedy: Remedy.FullRefund, amount: Usd(50m)));
    }

    [Fact]
    public void A_partial_refund_of_everything_is_refused()
    {
        Refused.By<RemedyMustMatchAmountClaimedRule>(() => new DisputeScenario().File(remedy: Remedy.PartialRefund, amount: Usd(100m)));
    }

    [Fact]
    public void A_replacement_claim_moves_no_money_in_its_offer()
    {
        var dispute = new DisputeScenario().File(remedy: Remedy.Replacement, amount: Usd(40m));

        Assert.Null(Assert.Single(dispute.Offers).Amount);
        Assert.Equal(Usd(40m), dispute.AmountClaimed);
    }
}
