using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class WithdrawalAndRecordTests
{
    [Fact]
    public void The_buyer_can_withdraw_and_nothing_is_refunded()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.Negotiating();

        dispute.Withdraw(BuyerId, "The seller sent the missing part after all.", scenario.Now);

        Assert.Equal(DisputeStatus.Withdrawn, dispute.Status);
        Assert.False(dispute.IsOpen);
        Assert.Empty(dispute.Refunds);
        Assert.Null(dispute.NextDeadlineAt);
        Assert.Equal(scenario.Now, dispute.ClosedAt);
        Assert.All(dispute.Offers, o => Assert.NotEqual(OfferStatus.Standing, o.Status));
    }

    [Fact]
    public void Only_the_buyer_can_withdraw()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.File();

        Refused.By<UserMustBeThePartyRule>(() => dispute.Withdraw(SellerUserId, "No reason at all.", scenario.Now));
    }

    [Fact]
    public void Withdrawing_needs_a_reason()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.File();

        Refused.By<WithdrawalReasonMustBeGivenRule>(() => dispute.Withdraw(BuyerId, " ", scenario.Now));
    }

    [Fact]
    public void A_decided_dispute_cannot_be_withdrawn()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.Decided();

        var message = Refused.MessageOf<DisputeMustBeInStatusRule>(() => dispute.Withdraw(BuyerId, "Changed my mind.", scenario.Now));

        Assert.Equal("You can't withdraw the dispute now: the dispute is Decided.", message);
    }

    [Fact]
    public void Parties_can_post_messages_and_record_evidence_while_open()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.File();

        dispute.PostMessage(Party.Seller, SellerUserId, "We are looking into it.", scenario.Now);
        var photo = EvidenceItem.Stage(
            Guid.NewGuid(), dispute.Id, EvidenceUploader.Buyer(BuyerId), EvidenceKind.Photo, "Cracked casing, front view", "casing.jpg",
            EvidenceFormat.Jpeg, 2048, new string('a', 64), scenario.Now);
        dispute.RecordEvidenceReceipt(photo, scenario.Now);

        Assert.Equal(
            [DisputeEventKind.Filed, DisputeEventKind.MessagePosted, DisputeEventKind.EvidenceAdded],
            dispute.PendingTimeline.Select(e => e.Kind));
        var receipt = Assert.IsType<TimelineEvent.EvidenceAdded>(dispute.PendingTimeline.Last().Event);
        Assert.Equal((EvidenceKind.Photo, new string('a', 64)), (receipt.EvidenceKind, receipt.Sha256));
        Assert.Equal(DisputeStatus.AwaitingSeller, dispute.Status);
    }

    [Fact]
    public void Messages_on_a_closed_dispute_are_refused()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.File();
        dispute.Withdraw(BuyerId, "Sorted out.", scenario.Now);

        Refused.By<DisputeMustBeInStatusRule>(() => dispute.PostMessage(Party.Buyer, BuyerId, "Hello?", scenario.Now));
    }
}
