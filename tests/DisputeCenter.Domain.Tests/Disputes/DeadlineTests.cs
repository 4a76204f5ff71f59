using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.DisputeScenario;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class DeadlineTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private readonly DisputeScenario _scenario = new();

    private DateTimeOffset Now => _scenario.Now;

    private void At(DateTimeOffset instant) => _scenario.Clock.SetUtcNow(instant);

    [Fact]
    public void Nothing_happens_one_second_before_the_seller_response_deadline()
    {
        var dispute = _scenario.File();
        At(dispute.SellerResponseDueAt - OneSecond);

        Assert.False(dispute.IsOverdueAt(Now));
        Refused.By<DeadlineMustHavePassedRule>(() => dispute.ApplyOverdueDeadline(Now));
        Assert.Equal(DisputeStatus.AwaitingSeller, dispute.Status);
    }

    [Fact]
    public void A_seller_silent_past_the_response_deadline_is_escalated_as_unresponsive()
    {
        var dispute = _scenario.File();
        var deadline = dispute.SellerResponseDueAt;
        At(deadline + OneSecond);

        var result = dispute.ApplyOverdueDeadline(Now);

        Assert.Equal(DeadlineConsequenceKind.EscalatedSellerUnresponsive, result.Kind);
        Assert.Equal(DisputeStatus.AwaitingSeller, result.From);
        Assert.Equal(DisputeStatus.InMediation, result.To);
        Assert.Equal(deadline, result.MissedDeadline);
        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        Assert.True(dispute.SellerUnresponsive);
        Assert.Equal(Now.AddDays(2), dispute.NextDeadlineAt);
        Assert.Equal(ActorKind.System, dispute.PendingTimeline.Last().Actor);
    }

    [Fact]
    public void Applying_a_deadline_twice_refuses_the_second_time()
    {
        var dispute = _scenario.File();
        At(dispute.SellerResponseDueAt + OneSecond);
        dispute.ApplyOverdueDeadline(Now);
        var timeline = dispute.PendingTimeline.Count;

        Refused.By<DeadlineMustHavePassedRule>(() => dispute.ApplyOverdueDeadline(Now));

        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        Assert.Equal(timeline, dispute.PendingTimeline.Count);
    }

    [Fact]
    public void Escalating_automatically_before_the_deadline_is_refused()
    {
        var dispute = _scenario.Negotiating();
        At(dispute.NegotiationDueAt);

        Refused.By<DeadlineMustHavePassedRule>(() => dispute.EscalateAutomatically(Now));
    }

    [Fact]
    public void Negotiation_past_its_limit_is_escalated()
    {
        var dispute = _scenario.Negotiating();
        At(dispute.NegotiationDueAt + OneSecond);

        var result = dispute.EscalateAutomatically(Now);

        Assert.Equal(DeadlineConsequenceKind.EscalatedNegotiationTimedOut, result.Kind);
        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        Assert.False(dispute.SellerUnresponsive);
    }

    [Fact]
    public void A_buyer_silent_past_a_request_that_closes_the_case_lets_the_dispute_expire()
    {
        var dispute = _scenario.AwaitingInformationFrom(Party.Buyer);
        var due = dispute.OpenInformationRequest!.DueAt;
        At(due - OneSecond);
        Refused.By<DeadlineMustHavePassedRule>(() => dispute.ApplyOverdueDeadline(Now));
        At(due + OneSecond);

        var result = dispute.ApplyOverdueDeadline(Now);

        Assert.Equal(DeadlineConsequenceKind.ExpiredBuyerSilent, result.Kind);
        Assert.Equal(DisputeStatus.Expired, dispute.Status);
        Assert.Equal(Outcome.Rejected, dispute.Outcome);
        Assert.Empty(dispute.Refunds);
        Assert.False(dispute.IsOpen);
        Assert.NotNull(dispute.InformationRequests.Single().MissedAt);
    }

    [Fact]
    public void A_seller_silent_past_a_request_that_closes_the_case_loses_to_the_buyers_claim()
    {
        var dispute = _scenario.AwaitingInformationFrom(Party.Seller);
        At(dispute.OpenInformationRequest!.DueAt + OneSecond);

        var result = dispute.ApplyOverdueDeadline(Now);

        Assert.Equal(DeadlineConsequenceKind.DecidedForBuyerSellerSilent, result.Kind);
        Assert.Equal(DisputeStatus.Decided, dispute.Status);
        Assert.Equal(Outcome.FullRefund, dispute.Outcome);
        Assert.Equal(Dispute.MissedRequestReasonCode, dispute.CurrentDecision!.ReasonCode);
        Assert.Equal(ModeratorId, dispute.DecidedByModeratorId);
        Assert.Equal(Usd(100m), Assert.Single(dispute.Refunds).Amount);
        Assert.Equal(Now.AddDays(30), dispute.NextDeadlineAt);
    }

    [Fact]
    public void A_party_silent_past_a_request_to_decide_on_the_evidence_returns_the_case_to_the_moderator()
    {
        var dispute = _scenario.AwaitingInformationFrom(Party.Buyer, MissedRequestConsequence.DecideOnAvailableEvidence);
        At(dispute.OpenInformationRequest!.DueAt + OneSecond);

        var result = dispute.ApplyOverdueDeadline(Now);

        Assert.Equal(DeadlineConsequenceKind.ReturnedToModerator, result.Kind);
        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        Assert.Equal(ModeratorId, dispute.AssignedModeratorId);
    }

    [Fact]
    public void A_buyer_silent_during_its_appeal_leaves_the_decision_standing()
    {
        var dispute = _scenario.UnderAppeal(Party.Buyer);
        dispute.AssignModerator(OtherModeratorId, Now);
        dispute.RequestInformation(OtherModeratorId, Party.Buyer, "The lab report you mention.", MissedRequestConsequence.CloseInFavourOfOtherParty, dispute.TimelineLength, Now);
        At(dispute.OpenInformationRequest!.DueAt + OneSecond);

        var result = dispute.ApplyOverdueDeadline(Now);

        Assert.Equal(DeadlineConsequenceKind.AppealDismissedBuyerSilent, result.Kind);
        Assert.Equal(DisputeStatus.Closed, dispute.Status);
        Assert.Equal(Outcome.PartialRefund, dispute.Outcome);
        Assert.Equal(Usd(40m), Assert.Single(dispute.Refunds).Amount);
    }

    [Fact]
    public void A_seller_silent_during_an_appeal_closes_the_case_for_the_buyer()
    {
        var dispute = _scenario.UnderAppeal(Party.Seller);
        dispute.AssignModerator(OtherModeratorId, Now);
        dispute.RequestInformation(OtherModeratorId, Party.Seller, "The courier report you mention.", MissedRequestConsequence.CloseInFavourOfOtherParty, dispute.TimelineLength, Now);
        At(dispute.OpenInformationRequest!.DueAt + OneSecond);

        dispute.ApplyOverdueDeadline(Now);

        Assert.Equal(DisputeStatus.Closed, dispute.Status);
        Assert.True(dispute.CurrentDecision!.OnAppeal);
        Assert.Equal(Usd(100m), dispute.TotalRefunded);
    }

    [Fact]
    public void A_decision_stays_open_to_appeal_until_the_last_second()
    {
        var dispute = _scenario.Decided();
        At(dispute.AppealDueAt!.Value);

        Refused.By<DeadlineMustHavePassedRule>(() => dispute.ApplyOverdueDeadline(Now));
        Assert.Equal(DisputeStatus.Decided, dispute.Status);
    }

    [Fact]
    public void A_decision_closes_one_second_after_the_appeal_window()
    {
        var dispute = _scenario.Decided();
        At(dispute.AppealDueAt!.Value + OneSecond);

        var result = dispute.ApplyOverdueDeadline(Now);

        Assert.Equal(DeadlineConsequenceKind.Closed, result.Kind);
        Assert.Equal(DisputeStatus.Closed, dispute.Status);
        Assert.Equal(Now, dispute.ClosedAt);
        Assert.Null(dispute.NextDeadlineAt);
        Assert.Equal(DisputeEventKind.Closed, dispute.PendingTimeline.Last().Kind);
        Refused.By<DeadlineMustHavePassedRule>(() => dispute.ApplyOverdueDeadline(Now.AddYears(1)));
    }

    [Fact]
    public void A_moderator_who_does_not_act_in_time_is_flagged_and_the_case_returns_to_the_queue()
    {
        var dispute = _scenario.WithModerator();
        At(dispute.NextDeadlineAt!.Value - OneSecond);
        Refused.By<DeadlineMustHavePassedRule>(() => dispute.ApplyOverdueDeadline(Now));
        At(dispute.NextDeadlineAt!.Value + OneSecond);

        var result = dispute.ApplyOverdueDeadline(Now);

        Assert.Equal(DeadlineConsequenceKind.ModeratorStalled, result.Kind);
        Assert.True(dispute.ModeratorStalled);
        Assert.Null(dispute.AssignedModeratorId);
        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        Assert.Equal(Now.AddDays(2), dispute.NextDeadlineAt);

        dispute.AssignModerator(OtherModeratorId, Now);
        Assert.False(dispute.ModeratorStalled);
    }

    [Fact]
    public void Closed_disputes_have_no_clock()
    {
        var dispute = _scenario.File();
        dispute.SellerAcceptClaim(SellerUserId, Now);

        Assert.False(dispute.IsOverdueAt(Now.AddYears(1)));
        var message = Refused.MessageOf<DeadlineMustHavePassedRule>(() => dispute.ApplyOverdueDeadline(Now.AddYears(1)));
        Assert.Contains("no clock", message);
    }
}
