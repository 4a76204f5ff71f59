using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.DisputeScenario;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class AppealTests
{
    private readonly DisputeScenario _scenario = new();

    private DateTimeOffset Now => _scenario.Now;

    [Fact]
    public void Either_party_can_appeal_within_the_window_and_the_case_goes_back_to_the_queue()
    {
        var dispute = _scenario.Decided();
        _scenario.Clock.SetUtcNow(dispute.AppealDueAt!.Value);

        dispute.Appeal(Party.Seller, SellerUserId, "The courier confirmed the box was intact at delivery.", Now);

        Assert.Equal(DisputeStatus.UnderAppeal, dispute.Status);
        Assert.Null(dispute.AssignedModeratorId);
        Assert.Equal(Party.Seller, dispute.AppealedBy);
        Assert.Equal(Now.AddDays(2), dispute.NextDeadlineAt);
    }

    [Fact]
    public void Appealing_one_second_after_the_window_is_refused()
    {
        var dispute = _scenario.Decided();
        _scenario.Clock.SetUtcNow(dispute.AppealDueAt!.Value.AddSeconds(1));

        Refused.By<AppealMustBeWithinWindowRule>(() => dispute.Appeal(Party.Buyer, BuyerId, "The refund does not cover the shipping I paid.", Now));
    }

    [Fact]
    public void An_appeal_needs_new_information()
    {
        var dispute = _scenario.Decided();

        Refused.By<AppealMustBringNewInformationRule>(() => dispute.Appeal(Party.Buyer, BuyerId, "I disagree.", Now));
    }

    [Fact]
    public void Appealing_before_a_decision_is_refused()
    {
        var dispute = _scenario.WithModerator();

        Refused.By<DisputeMustBeInStatusRule>(() => dispute.Appeal(Party.Buyer, BuyerId, "The refund does not cover the shipping I paid.", Now));
    }

    [Fact]
    public void The_appeal_goes_to_a_different_moderator()
    {
        var dispute = _scenario.UnderAppeal();

        Refused.By<AppealMustGoToADifferentModeratorRule>(() => dispute.AssignModerator(ModeratorId, Now));
        dispute.AssignModerator(OtherModeratorId, Now);

        Assert.Equal(OtherModeratorId, dispute.AssignedModeratorId);
    }

    [Fact]
    public void An_appeal_that_grants_more_adds_only_the_difference_and_closes_the_case()
    {
        var dispute = _scenario.UnderAppeal(Party.Buyer);
        dispute.AssignModerator(OtherModeratorId, Now);

        var decision = dispute.Decide(OtherModeratorId, Outcome.FullRefund, null, "appeal-upheld", Rationale, Bases.For(dispute), Now);

        Assert.True(decision.OnAppeal);
        Assert.Equal(DisputeStatus.Closed, dispute.Status);
        Assert.Equal(Outcome.FullRefund, dispute.Outcome);
        Assert.Equal([40m, 60m], dispute.Refunds.Select(r => r.Amount.Amount));
        Assert.Equal(RefundCause.Appeal, dispute.Refunds.Last().Cause);
        Assert.Equal(Usd(100m), dispute.TotalRefunded);
        Assert.Equal(2, dispute.Decisions.Count);
        Assert.Null(dispute.NextDeadlineAt);
    }

    [Fact]
    public void An_appeal_that_grants_less_never_claws_back()
    {
        var dispute = _scenario.UnderAppeal(Party.Seller);
        dispute.AssignModerator(OtherModeratorId, Now);

        dispute.Decide(OtherModeratorId, Outcome.Rejected, null, "appeal-granted", Rationale, Bases.For(dispute), Now);

        Assert.Equal(Outcome.Rejected, dispute.Outcome);
        Assert.Equal(Usd(40m), Assert.Single(dispute.Refunds).Amount);
    }

    [Fact]
    public void A_case_can_be_appealed_once()
    {
        var dispute = _scenario.UnderAppeal(Party.Buyer);
        dispute.AssignModerator(OtherModeratorId, Now);
        dispute.Decide(OtherModeratorId, Outcome.Rejected, null, "appeal-dismissed", Rationale, Bases.For(dispute), Now);

        Refused.By<DisputeCanBeAppealedOnceRule>(() => dispute.Appeal(Party.Seller, SellerUserId, "Another appeal with more details here.", Now));
    }

    [Fact]
    public void The_appeal_decision_is_followed_by_a_closing_entry()
    {
        var dispute = _scenario.UnderAppeal(Party.Buyer);
        dispute.AssignModerator(OtherModeratorId, Now);
        dispute.Decide(OtherModeratorId, Outcome.Rejected, null, "appeal-dismissed", Rationale, Bases.For(dispute), Now);

        Assert.Equal([DisputeEventKind.Decided, DisputeEventKind.Closed], dispute.PendingTimeline.TakeLast(2).Select(e => e.Kind));
    }
}
