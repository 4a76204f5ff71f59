using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Evidence.Rules;
using DisputeCenter.Domain.Tests.Support;

namespace DisputeCenter.Domain.Tests.Disputes;

public sealed class EvidenceReceiptTests
{
    private static EvidenceItem Draft(Dispute dispute, string uploader, DateTimeOffset now, string name = "photo.jpg") =>
        EvidenceItem.Stage(
            Guid.NewGuid(), dispute.Id, EvidenceUploader.Buyer(uploader), EvidenceKind.Photo, null, name, EvidenceFormat.Jpeg, 1000, new string('b', 64), now);

    [Fact]
    public void Submitting_drafts_makes_them_permanent_and_puts_each_receipt_in_the_timeline()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.File();
        var drafts = new[] { Draft(dispute, TestOrders.BuyerId, scenario.Now, "a.jpg"), Draft(dispute, TestOrders.BuyerId, scenario.Now, "b.jpg") };

        dispute.SubmitEvidence(drafts, scenario.Now);

        Assert.All(drafts, d => Assert.Equal(EvidenceStatus.Submitted, d.Status));
        var receipts = dispute.PendingTimeline.Where(e => e.Kind == DisputeEventKind.EvidenceAdded).ToList();
        Assert.Equal(["a.jpg", "b.jpg"], receipts.Select(r => Assert.IsType<TimelineEvent.EvidenceAdded>(r.Event).Name));
        Assert.All(receipts, r => Assert.Equal(new string('b', 64), Assert.IsType<TimelineEvent.EvidenceAdded>(r.Event).Sha256));
    }

    [Fact]
    public void Submitting_nothing_is_refused()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.File();

        var refused = Assert.Throws<Common.BusinessRuleValidationException>(() => dispute.SubmitEvidence([], scenario.Now));

        Assert.IsType<SubmissionMustHaveFilesRule>(refused.BrokenRule);
    }

    [Fact]
    public void A_file_uploaded_under_another_buyers_name_gets_no_receipt()
    {
        var scenario = new DisputeScenario();
        var dispute = scenario.File();

        var refused = Assert.Throws<Common.BusinessRuleValidationException>(
            () => dispute.SubmitEvidence([Draft(dispute, TestOrders.OtherBuyerId, scenario.Now)], scenario.Now));

        Assert.IsType<UserMustBeThePartyRule>(refused.BrokenRule);
    }
}
