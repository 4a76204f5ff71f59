using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.DisputeScenario;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class DecisionTests
{
    private readonly DisputeScenario _scenario = new();

    private DateTimeOffset Now => _scenario.Now;

    [Fact]
    public void A_partial_refund_decision_records_the_decision_and_one_refund()
    {
        var dispute = _scenario.WithModerator();

        var decision = dispute.Decide(ModeratorId, Outcome.PartialRefund, Usd(40m), "defect-proven", Rationale, Bases.For(dispute), Now);

        Assert.Equal(DisputeStatus.Decided, dispute.Status);
        Assert.Equal(Outcome.PartialRefund, dispute.Outcome);
        Assert.Same(decision, dispute.CurrentDecision);
        Assert.Equal(Usd(40m), decision.Amount);
        Assert.False(decision.OnAppeal);
        var refund = Assert.Single(dispute.Refunds);
        Assert.Equal(Usd(40m), refund.Amount);
        Assert.Equal(RefundCause.Decision, refund.Cause);
        Assert.Equal(Now, dispute.DecidedAt);
        Assert.Equal(ModeratorId, dispute.DecidedByModeratorId);
        Assert.Equal(Now.AddDays(30), dispute.NextDeadlineAt);
        Assert.True(dispute.IsOpen);
    }

    [Fact]
    public void A_full_refund_refunds_what_was_paid_less_earlier_refunds()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.File(refundedSoFar: Usd(25m));
        dispute.SellerRespond(SellerUserId, Statement, scenario.Now);
        dispute.RequestMediation(Party.Buyer, BuyerId, scenario.Now);
        dispute.AssignModerator(ModeratorId, scenario.Now);

        dispute.Decide(ModeratorId, Outcome.FullRefund, null, "not-as-described", Rationale, Bases.For(dispute), scenario.Now);

        Assert.Equal(Usd(75m), Assert.Single(dispute.Refunds).Amount);
    }

    [Fact]
    public void A_rejection_refunds_nothing()
    {
        var dispute = _scenario.Decided(Outcome.Rejected, null);

        Assert.Empty(dispute.Refunds);
        Assert.Null(dispute.CurrentDecision!.Amount);
    }

    [Fact]
    public void Standing_offers_lapse_when_the_case_is_decided()
    {
        var dispute = _scenario.Decided();

        Assert.DoesNotContain(dispute.Offers, o => o.IsStanding);
    }

    [Fact]
    public void Only_the_assigned_moderator_decides()
    {
        var dispute = _scenario.WithModerator();

        Refused.By<OnlyTheAssignedModeratorCanActRule>(() => dispute.Decide(OtherModeratorId, Outcome.Rejected, null, "no-proof", Rationale, Bases.For(dispute), Now));
    }

    [Fact]
    public void An_unassigned_case_cannot_be_decided()
    {
        var dispute = _scenario.InMediation();

        Refused.By<OnlyTheAssignedModeratorCanActRule>(() => dispute.Decide(ModeratorId, Outcome.Rejected, null, "no-proof", Rationale, Bases.For(dispute), Now));
    }

    [Fact]
    public void A_short_rationale_is_refused()
    {
        var dispute = _scenario.WithModerator();

        Refused.By<RationaleMustBeGivenRule>(() => dispute.Decide(ModeratorId, Outcome.Rejected, null, "no-proof", "No proof.", Bases.For(dispute), Now));
    }

    [Fact]
    public void A_decision_needs_a_reason_code()
    {
        var dispute = _scenario.WithModerator();

        Refused.By<ReasonCodeMustBeGivenRule>(() => dispute.Decide(ModeratorId, Outcome.Rejected, null, " ", Rationale, Bases.For(dispute), Now));
    }

    [Theory]
    [InlineData(Outcome.PartialRefund, null)]
    [InlineData(Outcome.PartialRefund, 0.0)]
    [InlineData(Outcome.PartialRefund, 100.01)]
    [InlineData(Outcome.Compensation, null)]
    [InlineData(Outcome.Compensation, 101.0)]
    [InlineData(Outcome.FullRefund, 50.0)]
    [InlineData(Outcome.Rejected, 10.0)]
    [InlineData(Outcome.Replacement, 10.0)]
    public void An_amount_that_does_not_suit_the_outcome_is_refused(Outcome outcome, double? amount)
    {
        var dispute = _scenario.WithModerator();

        Refused.By<DecisionAmountMustSuitOutcomeRule>(
            () => dispute.Decide(ModeratorId, outcome, amount is null ? null : Usd((decimal)amount.Value), "code", Rationale, Bases.For(dispute), Now));
        Assert.Empty(dispute.Refunds);
    }

    [Fact]
    public void Compensation_up_to_the_refundable_amount_is_allowed()
    {
        var dispute = _scenario.Decided(Outcome.Compensation, 100m);

        Assert.Equal(Usd(100m), Assert.Single(dispute.Refunds).Amount);
    }

    [Fact]
    public void Deciding_twice_is_refused()
    {
        var dispute = _scenario.Decided();

        Refused.By<DisputeMustBeInStatusRule>(() => dispute.Decide(ModeratorId, Outcome.FullRefund, null, "again", Rationale, Bases.For(dispute), Now));
        Assert.Single(dispute.Refunds);
    }

    [Fact]
    public void Deciding_while_waiting_for_information_is_refused()
    {
        var dispute = _scenario.AwaitingInformationFrom(Party.Seller);

        Refused.By<DisputeMustBeInStatusRule>(() => dispute.Decide(ModeratorId, Outcome.Rejected, null, "code", Rationale, Bases.For(dispute), Now));
    }

    [Fact]
    public void Refunds_never_exceed_the_refundable_amount()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.File(refundedSoFar: Usd(10m));
        dispute.SellerRespond(SellerUserId, Statement, scenario.Now);
        dispute.RequestMediation(Party.Seller, SellerUserId, scenario.Now);
        dispute.AssignModerator(ModeratorId, scenario.Now);
        dispute.Decide(ModeratorId, Outcome.Compensation, Usd(90m), "code", Rationale, Bases.For(dispute), scenario.Now);
        dispute.Appeal(Party.Buyer, BuyerId, "New evidence: the lab report says both units failed.", scenario.Now);
        dispute.AssignModerator(OtherModeratorId, scenario.Now);

        Refused.By<DecisionAmountMustSuitOutcomeRule>(
            () => dispute.Decide(OtherModeratorId, Outcome.Compensation, Usd(91m), "code", Rationale, Bases.For(dispute), scenario.Now));
        dispute.Decide(OtherModeratorId, Outcome.FullRefund, null, "code", Rationale, Bases.For(dispute), scenario.Now);

        Assert.Equal(Usd(90m), dispute.TotalRefunded);
        Assert.Equal(Usd(0m), dispute.StillRefundable);
    }
}
