using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;

namespace DisputeCenter.Domain.Tests.Disputes;

public class RefundPayoutTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_completed_payout_cannot_fail_afterwards()
    {
        var payout = RefundPayout.First(Guid.NewGuid(), Guid.NewGuid(), RefundPayoutStatus.Completed, "PSP-1", null, Now);

        var refused = Assert.Throws<BusinessRuleValidationException>(() => payout.Report(RefundPayoutStatus.Failed, "PSP-2", "card closed", Now.AddHours(1)));

        Assert.IsType<CompletedRefundPayoutIsFinalRule>(refused.BrokenRule);
        Assert.Equal(RefundPayoutStatus.Completed, payout.Status);
        Assert.Equal("PSP-1", payout.Reference);
    }

    [Fact]
    public void A_completed_payout_cannot_be_completed_again_under_another_reference()
    {
        var payout = RefundPayout.First(Guid.NewGuid(), Guid.NewGuid(), RefundPayoutStatus.Completed, "PSP-1", null, Now);

        Assert.Throws<BusinessRuleValidationException>(() => payout.Report(RefundPayoutStatus.Completed, "PSP-9", null, Now.AddHours(1)));
    }

    [Fact]
    public void The_same_report_again_changes_nothing()
    {
        var payout = RefundPayout.First(Guid.NewGuid(), Guid.NewGuid(), RefundPayoutStatus.Completed, "PSP-1", null, Now);

        var changed = payout.Report(RefundPayoutStatus.Completed, " PSP-1 ", null, Now.AddDays(1));

        Assert.False(changed);
        Assert.Equal(Now, payout.ReportedAt);
    }

    [Fact]
    public void A_failed_payout_may_be_paid_later_and_forgets_its_failure()
    {
        var payout = RefundPayout.First(Guid.NewGuid(), Guid.NewGuid(), RefundPayoutStatus.Failed, "PSP-F", "The card was closed.", Now);

        var changed = payout.Report(RefundPayoutStatus.Completed, "PSP-OK", null, Now.AddDays(2));

        Assert.True(changed);
        Assert.Equal(RefundPayoutStatus.Completed, payout.Status);
        Assert.Null(payout.FailureReason);
        Assert.Equal(Now.AddDays(2), payout.ReportedAt);
    }
}
