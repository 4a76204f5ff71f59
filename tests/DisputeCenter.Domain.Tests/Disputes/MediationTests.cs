using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.DisputeScenario;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class MediationTests
{
    private readonly DisputeScenario _scenario = new();

    private DateTimeOffset Now => _scenario.Now;

    [Theory]
    [InlineData(Party.Buyer, BuyerId)]
    [InlineData(Party.Seller, SellerUserId)]
    public void Either_party_can_ask_for_mediation_while_negotiating(Party party, string userId)
    {
        var dispute = _scenario.Negotiating();

        dispute.RequestMediation(party, userId, Now);

        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        Assert.Equal(Now, dispute.EscalatedAt);
        Assert.False(dispute.SellerUnresponsive);
        Assert.Equal(Now.AddDays(2), dispute.NextDeadlineAt);
    }

    [Fact]
    public void The_buyer_cannot_ask_for_mediation_before_the_seller_had_its_time()
    {
        var dispute = _scenario.File();
        _scenario.Advance(TimeSpan.FromDays(5));

        Refused.By<SellerResponseTimeMustHaveRunOutRule>(() => dispute.RequestMediation(Party.Buyer, BuyerId, Now));
    }

    [Fact]
    public void The_buyer_can_ask_for_mediation_one_second_after_the_seller_stayed_silent()
    {
        var dispute = _scenario.File();
        _scenario.Advance(TimeSpan.FromDays(5) + TimeSpan.FromSeconds(1));

        dispute.RequestMediation(Party.Buyer, BuyerId, Now);

        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        Assert.True(dispute.SellerUnresponsive);
    }

    [Fact]
    public void The_seller_must_answer_rather_than_escalate_an_unanswered_dispute()
    {
        var dispute = _scenario.File();
        _scenario.Advance(TimeSpan.FromDays(6));

        Refused.By<OnlyTheBuyerCanEscalateAnUnansweredDisputeRule>(() => dispute.RequestMediation(Party.Seller, SellerUserId, Now));
    }

    [Fact]
    public void Escalating_twice_is_refused()
    {
        var dispute = _scenario.InMediation();

        Refused.By<DisputeMustBeInStatusRule>(() => dispute.RequestMediation(Party.Buyer, BuyerId, Now));
    }

    [Fact]
    public void A_moderator_takes_the_case_and_must_act_within_the_moderator_time()
    {
        var dispute = _scenario.InMediation();

        dispute.AssignModerator(ModeratorId, Now);

        Assert.Equal(ModeratorId, dispute.AssignedModeratorId);
        Assert.Equal(Now.AddDays(2), dispute.NextDeadlineAt);
    }

    [Theory]
    [InlineData(BuyerId)]
    [InlineData(SellerUserId)]
    public void A_moderator_cannot_be_a_party(string moderatorId)
    {
        var dispute = _scenario.InMediation();

        Refused.By<ModeratorCannotBeAPartyRule>(() => dispute.AssignModerator(moderatorId, Now));
    }

    [Fact]
    public void A_taken_case_cannot_be_taken_by_another_moderator()
    {
        var dispute = _scenario.WithModerator();

        Refused.By<DisputeMustNotHaveAModeratorRule>(() => dispute.AssignModerator(OtherModeratorId, Now));
    }

    [Fact]
    public void A_case_still_negotiating_cannot_be_taken()
    {
        var dispute = _scenario.Negotiating();

        Refused.By<DisputeMustBeInStatusRule>(() => dispute.AssignModerator(ModeratorId, Now));
    }

    [Fact]
    public void The_moderator_can_release_the_case_to_the_queue()
    {
        var dispute = _scenario.WithModerator();
        Refused.By<OnlyTheAssignedModeratorCanActRule>(() => dispute.ReleaseModerator(OtherModeratorId, Now));

        dispute.ReleaseModerator(ModeratorId, Now);
        dispute.AssignModerator(OtherModeratorId, Now);

        Assert.Equal(OtherModeratorId, dispute.AssignedModeratorId);
    }

    [Fact]
    public void Requesting_information_waits_for_the_party_until_the_due_date()
    {
        var dispute = _scenario.WithModerator();

        var request = dispute.RequestInformation(
            ModeratorId, Party.Seller, "Upload the pre-shipment test video.", Now.AddDays(4), MissedRequestConsequence.DecideOnAvailableEvidence, dispute.TimelineLength, Now);

        Assert.Equal(DisputeStatus.AwaitingInformation, dispute.Status);
        Assert.Equal(Now.AddDays(4), dispute.NextDeadlineAt);
        Assert.Same(request, dispute.OpenInformationRequest);
        Assert.Equal(Party.Seller, request.RequestedFrom);
    }

    [Fact]
    public void The_default_due_date_comes_from_the_policy()
    {
        var dispute = _scenario.WithModerator();

        var request = dispute.RequestInformation(ModeratorId, Party.Buyer, "Photo of the label.", MissedRequestConsequence.CloseInFavourOfOtherParty, dispute.TimelineLength, Now);

        Assert.Equal(Now.AddDays(3), request.DueAt);
    }

    [Fact]
    public void Only_the_assigned_moderator_can_request_information()
    {
        var dispute = _scenario.WithModerator();

        Refused.By<OnlyTheAssignedModeratorCanActRule>(() => dispute.RequestInformation(
            OtherModeratorId, Party.Buyer, "Photo.", Now.AddDays(1), MissedRequestConsequence.DecideOnAvailableEvidence, dispute.TimelineLength, Now));
    }

    [Fact]
    public void A_due_date_in_the_past_is_refused()
    {
        var dispute = _scenario.WithModerator();

        Refused.By<InformationDueDateMustBeInTheFutureRule>(() => dispute.RequestInformation(
            ModeratorId, Party.Buyer, "Photo.", Now, MissedRequestConsequence.DecideOnAvailableEvidence, dispute.TimelineLength, Now));
    }

    [Fact]
    public void Answering_on_the_last_second_returns_the_case_to_the_moderator()
    {
        var dispute = _scenario.AwaitingInformationFrom(Party.Buyer);
        _scenario.Clock.SetUtcNow(dispute.OpenInformationRequest!.DueAt);

        dispute.AnswerInformationRequest(Party.Buyer, BuyerId, "Serial number photo attached.", Now);

        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        Assert.NotNull(dispute.InformationRequests.Single().AnsweredAt);
        Assert.Null(dispute.OpenInformationRequest);
        Assert.Equal(Now.AddDays(2), dispute.NextDeadlineAt);
    }

    [Fact]
    public void Answering_one_second_after_the_due_date_is_refused()
    {
        var dispute = _scenario.AwaitingInformationFrom(Party.Buyer);
        _scenario.Clock.SetUtcNow(dispute.OpenInformationRequest!.DueAt.AddSeconds(1));

        Refused.By<DeadlineMustNotHavePassedRule>(() => dispute.AnswerInformationRequest(Party.Buyer, BuyerId, "Here it is.", Now));
    }

    [Fact]
    public void Only_the_requested_party_answers()
    {
        var dispute = _scenario.AwaitingInformationFrom(Party.Buyer);

        Refused.By<InformationMustComeFromTheRequestedPartyRule>(
            () => dispute.AnswerInformationRequest(Party.Seller, SellerUserId, "Let me answer instead.", Now));
        Refused.By<UserMustBeThePartyRule>(() => dispute.AnswerInformationRequest(Party.Buyer, SellerUserId, "Let me answer.", Now));
    }

    [Fact]
    public void An_empty_answer_is_refused()
    {
        var dispute = _scenario.AwaitingInformationFrom(Party.Seller);

        Refused.By<InformationAnswerMustBeGivenRule>(() => dispute.AnswerInformationRequest(Party.Seller, SellerUserId, "", Now));
    }

    [Fact]
    public void Answering_when_nothing_was_asked_is_refused()
    {
        var dispute = _scenario.WithModerator();

        Refused.By<DisputeMustBeInStatusRule>(() => dispute.AnswerInformationRequest(Party.Buyer, BuyerId, "Unasked answer.", Now));
    }

    [Fact]
    public void Withdrawing_while_information_is_awaited_cancels_the_request()
    {
        var dispute = _scenario.AwaitingInformationFrom(Party.Buyer);

        dispute.Withdraw(BuyerId, "I give up.", Now);

        Assert.NotNull(dispute.InformationRequests.Single().CancelledAt);
        Assert.Equal(DisputeStatus.Withdrawn, dispute.Status);
    }
}
