using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Returns;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.DisputeScenario;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class ReturnTests
{
    private const string Address = "Acme Audio Returns, 12 Dock Road, Durban 4001";

    private readonly DisputeScenario _scenario = new();

    private DateTimeOffset Now => _scenario.Now;

    [Fact]
    public void A_settled_return_and_refund_waits_for_the_goods_before_any_refund()
    {
        var dispute = SettledOnReturn();

        Assert.Equal(DisputeStatus.AwaitingReturn, dispute.Status);
        Assert.True(dispute.IsOpen);
        Assert.Empty(dispute.Refunds);
        var shipment = dispute.Return!;
        Assert.Equal(ReturnStatus.AwaitingAddress, shipment.Status);
        Assert.Equal(ReturnOrigin.Settlement, shipment.Origin);
        Assert.Equal(Usd(100m), shipment.RefundDue);
        Assert.Equal(Now + TimeSpan.FromDays(3), shipment.AddressDueAt);
        Assert.Equal(shipment.AddressDueAt, dispute.NextDeadlineAt);
        Assert.IsType<TimelineEvent.ReturnOpened>(LastEvent(dispute));
    }

    [Fact]
    public void The_whole_return_runs_address_tracking_delivery_receipt_then_refunds_and_settles()
    {
        var dispute = SettledOnReturn();

        dispute.GiveReturnAddress(SellerUserId, "  " + Address + " ", Now);
        Assert.Equal(Address, dispute.Return!.Address);
        Assert.Equal(Now + TimeSpan.FromDays(7), dispute.NextDeadlineAt);

        _scenario.Advance(TimeSpan.FromDays(2));
        dispute.ShipReturn(BuyerId, "DHL Express", "jd0146 0001 2345", Now);
        Assert.Equal(ReturnStatus.InTransit, dispute.Return.Status);
        Assert.Equal("JD0146 0001 2345", dispute.Return.TrackingNumber);
        Assert.Equal(Now + TimeSpan.FromDays(30), dispute.NextDeadlineAt);

        _scenario.Advance(TimeSpan.FromDays(4));
        dispute.RecordReturnDelivered(Now.AddHours(-6), Now);
        Assert.Equal(ReturnStatus.Delivered, dispute.Return.Status);
        Assert.Equal(Now.AddHours(-6) + TimeSpan.FromDays(3), dispute.NextDeadlineAt);

        _scenario.Advance(TimeSpan.FromDays(1));
        dispute.ConfirmReturnReceived(SellerUserId, Now);

        Assert.Equal(DisputeStatus.Settled, dispute.Status);
        Assert.Null(dispute.NextDeadlineAt);
        var refund = Assert.Single(dispute.Refunds);
        Assert.Equal(Usd(100m), refund.Amount);
        Assert.Equal(RefundCause.Settlement, refund.Cause);
        Assert.Equal(ReturnStatus.Received, dispute.Return.Status);
        Assert.False(dispute.Return.RefundedAutomatically);
        Assert.Equal(new TimelineEvent.ReturnReceived(Usd(100m), false), LastEvent(dispute));
    }

    [Fact]
    public void A_seller_silent_on_the_address_gets_the_platforms_address_from_the_sweeper()
    {
        var dispute = SettledOnReturn();
        _scenario.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));

        Refused.By<DeadlineMustNotHavePassedRule>(() => dispute.GiveReturnAddress(SellerUserId, Address, Now));
        var consequence = dispute.ApplyOverdueDeadline(Now);

        Assert.Equal(DeadlineConsequenceKind.ReturnToPlatformAddress, consequence.Kind);
        Assert.True(dispute.Return!.ToPlatformAddress);
        Assert.Null(dispute.Return.Address);
        Assert.Equal(ReturnStatus.AwaitingShipment, dispute.Return.Status);
        Assert.Equal(new TimelineEvent.ReturnAddressGiven(null), LastEvent(dispute));
        Refused.By<DeadlineMustHavePassedRule>(() => dispute.ApplyOverdueDeadline(Now));
    }

    [Fact]
    public void A_buyer_who_does_not_ship_in_time_loses_the_refund()
    {
        var dispute = AwaitingShipment();
        _scenario.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        Refused.By<DeadlineMustNotHavePassedRule>(() => dispute.ShipReturn(BuyerId, "DHL", "JD014600012345", Now));
        var consequence = dispute.ApplyOverdueDeadline(Now);

        Assert.Equal(DeadlineConsequenceKind.ReturnLapsed, consequence.Kind);
        Assert.Equal(DisputeStatus.Expired, dispute.Status);
        Assert.Equal(ReturnStatus.Lapsed, dispute.Return!.Status);
        Assert.Empty(dispute.Refunds);
    }

    [Fact]
    public void A_seller_silent_after_the_carrier_delivered_refunds_the_buyer_automatically()
    {
        var dispute = InTransit();
        dispute.RecordReturnDelivered(Now, Now);
        _scenario.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));

        Refused.By<DeadlineMustNotHavePassedRule>(() => dispute.ConfirmReturnReceived(SellerUserId, Now));
        var consequence = dispute.ApplyOverdueDeadline(Now);

        Assert.Equal(DeadlineConsequenceKind.ReturnRefundedAutomatically, consequence.Kind);
        Assert.Equal(DisputeStatus.Settled, dispute.Status);
        Assert.Equal(Usd(100m), Assert.Single(dispute.Refunds).Amount);
        Assert.True(dispute.Return!.RefundedAutomatically);
        var entry = dispute.PendingTimeline.Last(e => e.Kind == DisputeEventKind.Return);
        Assert.Equal(ActorKind.System, entry.Actor);
    }

    [Fact]
    public void Without_a_delivery_scan_a_silent_seller_is_not_refunded_against_but_a_moderator_looks()
    {
        var dispute = InTransit();
        _scenario.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        var consequence = dispute.ApplyOverdueDeadline(Now);

        Assert.Equal(DeadlineConsequenceKind.ReturnNotDelivered, consequence.Kind);
        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        Assert.Equal(ReturnProblem.NotDelivered, dispute.Return!.Problem);
        Assert.Empty(dispute.Refunds);
        Assert.IsType<TimelineEvent.ReturnNotDelivered>(LastEvent(dispute));
    }

    [Fact]
    public void Goods_reported_damaged_go_to_a_moderator_who_decides_and_the_refund_follows_the_decision()
    {
        var dispute = InTransit();
        dispute.ReportReturnProblem(SellerUserId, ReturnProblem.Damaged, "The casing came back smashed; photos added.", Now);

        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        Assert.Null(dispute.AssignedModeratorId);
        Assert.Equal(Now + TimeSpan.FromDays(2), dispute.NextDeadlineAt);
        Assert.Equal(ReturnStatus.ProblemReported, dispute.Return!.Status);
        Assert.Empty(dispute.Refunds);

        dispute.AssignModerator(ModeratorId, Now);
        dispute.Decide(ModeratorId, Outcome.PartialRefund, Usd(60m), "defect-proven", Rationale, Bases.For(dispute), Now);

        Assert.Equal(DisputeStatus.Decided, dispute.Status);
        Assert.Equal(Usd(60m), Assert.Single(dispute.Refunds).Amount);
    }

    [Fact]
    public void A_seller_reports_only_damaged_or_missing_goods_with_a_statement()
    {
        var dispute = InTransit();

        Refused.By<ReturnProblemMustBeTheSellersRule>(() => dispute.ReportReturnProblem(SellerUserId, ReturnProblem.NotDelivered, "Nothing came.", Now));
        Refused.By<StatementMustBeGivenRule>(() => dispute.ReportReturnProblem(SellerUserId, ReturnProblem.Missing, "  ", Now));
        Assert.Equal(DisputeStatus.AwaitingReturn, dispute.Status);
    }

    [Fact]
    public void Steps_come_in_order_and_only_from_their_party()
    {
        var dispute = SettledOnReturn();

        Refused.By<ReturnMustBeAtStepRule>(() => dispute.ShipReturn(BuyerId, "DHL", "JD014600012345", Now));
        Refused.By<ReturnMustBeAtStepRule>(() => dispute.ConfirmReturnReceived(SellerUserId, Now));
        Refused.By<UserMustBeThePartyRule>(() => dispute.GiveReturnAddress(BuyerId, Address, Now));
        Refused.By<ReturnAddressMustBeGivenRule>(() => dispute.GiveReturnAddress(SellerUserId, "Durban", Now));
        dispute.GiveReturnAddress(SellerUserId, Address, Now);
        Refused.By<ReturnMustBeAtStepRule>(() => dispute.GiveReturnAddress(SellerUserId, Address, Now));
        Refused.By<UserMustBeThePartyRule>(() => dispute.ShipReturn(SellerUserId, "DHL", "JD014600012345", Now));
        Refused.By<ReturnMustBeAtStepRule>(() => dispute.RecordReturnDelivered(Now, Now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("JD0146<script>")]
    [InlineData("------------")]
    public void A_tracking_number_must_look_like_one(string tracking)
    {
        var dispute = AwaitingShipment();

        Refused.By<TrackingNumberMustBeWellFormedRule>(() => dispute.ShipReturn(BuyerId, "DHL", tracking, Now));
        Refused.By<CarrierMustBeGivenRule>(() => dispute.ShipReturn(BuyerId, " ", "JD014600012345", Now));
        Assert.Equal(ReturnStatus.AwaitingShipment, dispute.Return!.Status);
    }

    [Fact]
    public void A_delivery_before_shipping_or_in_the_future_is_refused_and_a_late_report_still_gives_the_seller_a_day()
    {
        var dispute = InTransit();

        Refused.By<CarrierDeliveryMustFollowShippingRule>(() => dispute.RecordReturnDelivered(Now.AddDays(-1), Now));
        Refused.By<CarrierDeliveryMustFollowShippingRule>(() => dispute.RecordReturnDelivered(Now.AddHours(1), Now));
        _scenario.Advance(TimeSpan.FromDays(5));
        dispute.RecordReturnDelivered(Now.AddDays(-4), Now);

        Assert.Equal(Now.AddDays(1), dispute.Return!.ReceiptDueAt);
    }

    [Fact]
    public void A_decided_return_opens_after_the_decision_and_the_appeal_window_follows_the_refund()
    {
        var dispute = _scenario.WithModerator();
        dispute.Decide(ModeratorId, Outcome.ReturnAndRefund, null, "defect-proven", Rationale, Bases.For(dispute), Now);
        var decidedAt = Now;

        Assert.Equal(DisputeStatus.AwaitingReturn, dispute.Status);
        Assert.Equal(ReturnOrigin.Decision, dispute.Return!.Origin);
        Assert.Empty(dispute.Refunds);
        Refused.By<DisputeMustBeInStatusRule>(() => dispute.Appeal(Party.Seller, SellerUserId, "The buyer used the speaker for a month before filing.", Now));

        dispute.GiveReturnAddress(SellerUserId, Address, Now);
        dispute.ShipReturn(BuyerId, "PostNet", "PN123456789ZA", Now);
        dispute.ConfirmReturnReceived(SellerUserId, Now);

        Assert.Equal(DisputeStatus.Decided, dispute.Status);
        Assert.Equal(RefundCause.Decision, Assert.Single(dispute.Refunds).Cause);
        Assert.Equal(decidedAt + TimeSpan.FromDays(30), dispute.NextDeadlineAt);
    }

    [Fact]
    public void Each_party_sees_what_it_must_do_and_what_happens_if_it_does_not()
    {
        var dispute = SettledOnReturn();

        var waiting = dispute.PendingActions(Now);
        Assert.Contains(waiting, a => a.Actor == ActorKind.Seller && a.What == DisputeTexts.GiveReturnAddress && a.IfMissed == DisputeTexts.IfNoReturnAddress);
        Assert.Contains(waiting, a => a.Actor == ActorKind.Buyer && a.DueAt == dispute.Return!.AddressDueAt);
        Assert.Contains(DisputeAction.GiveReturnAddress, dispute.AvailableActions(Party.Seller, Now));
        Assert.DoesNotContain(DisputeAction.ShipReturn, dispute.AvailableActions(Party.Buyer, Now));

        dispute.GiveReturnAddress(SellerUserId, Address, Now);
        var shipping = Assert.Single(dispute.PendingActions(Now));
        Assert.Equal((ActorKind.Buyer, DisputeTexts.IfReturnNotShipped), (shipping.Actor, shipping.IfMissed));
        Assert.Contains(DisputeAction.ShipReturn, dispute.AvailableActions(Party.Buyer, Now));
    }

    [Fact]
    public void Every_return_step_reads_back_from_its_stored_payload()
    {
        TimelineEvent[] steps =
        [
            new TimelineEvent.ReturnOpened(Usd(100m), Now),
            new TimelineEvent.ReturnAddressGiven(Address),
            new TimelineEvent.ReturnAddressGiven(null),
            new TimelineEvent.ReturnShipped("DHL", "JD014600012345"),
            new TimelineEvent.ReturnDelivered(Now, Now.AddDays(3)),
            new TimelineEvent.ReturnReceived(Usd(100m), true),
            new TimelineEvent.ReturnProblemReported(ReturnProblem.Missing, "Empty box."),
            new TimelineEvent.ReturnNotDelivered(),
            new TimelineEvent.ReturnLapsed(),
        ];

        foreach (var step in steps)
        {
            Assert.Equal(step, TimelineEvent.Read(DisputeEventKind.Return, step.ToPayload(DisputeStatus.AwaitingReturn)));
        }
    }

    private static TimelineEvent LastEvent(Dispute dispute)
    {
        var entry = dispute.PendingTimeline.Last();
        return TimelineEvent.Read(entry.Kind, entry.Payload);
    }

    private Dispute SettledOnReturn()
    {
        var dispute = _scenario.Negotiating();
        var offer = dispute.SellerCounter(SellerUserId, Remedy.ReturnAndRefund, null, "Send it back, full refund.", Now);
        dispute.AcceptStandingOffer(Party.Buyer, BuyerId, offer.Id, Now);
        return dispute;
    }

    private Dispute AwaitingShipment()
    {
        var dispute = SettledOnReturn();
        dispute.GiveReturnAddress(SellerUserId, Address, Now);
        return dispute;
    }

    private Dispute InTransit()
    {
        var dispute = AwaitingShipment();
        dispute.ShipReturn(BuyerId, "DHL Express", "JD014600012345", Now);
        return dispute;
    }
}
