using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class DisputeReasonsTests
{
    private static readonly Domain.Deadlines.DeadlineSnapshot Deadlines = DisputeScenario.StandardDeadlines;

    [Theory]
    [InlineData(DisputeReason.NotReceived, FilingWindowKind.FromExpectedDelivery)]
    [InlineData(DisputeReason.LateDelivery, FilingWindowKind.FromExpectedDelivery)]
    [InlineData(DisputeReason.NotAsDescribed, FilingWindowKind.FromDelivery)]
    [InlineData(DisputeReason.IncompleteOrder, FilingWindowKind.FromDelivery)]
    [InlineData(DisputeReason.DamagedInTransit, FilingWindowKind.FromDelivery)]
    [InlineData(DisputeReason.TermsViolated, FilingWindowKind.FromDelivery)]
    public void Each_reason_has_its_window_kind(DisputeReason reason, FilingWindowKind kind)
    {
        Assert.Equal(kind, reason.WindowKind());
    }

    [Fact]
    public void Every_reason_has_a_title_and_suggested_evidence()
    {
        Assert.All(DisputeReasons.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title()));
            Assert.NotEmpty(r.SuggestedEvidence());
        });
    }

    [Fact]
    public void Not_received_is_strengthened_by_tracking_payment_and_chat()
    {
        Assert.Equal(
            [EvidenceKind.ShippingRecord, EvidenceKind.PaymentProof, EvidenceKind.ChatRecord],
            DisputeReason.NotReceived.SuggestedEvidence().Select(e => e.Kind));
    }

    [Fact]
    public void Not_as_described_is_strengthened_by_photos_screenshots_and_video()
    {
        var kinds = DisputeReason.NotAsDescribed.SuggestedEvidence().Select(e => e.Kind).ToList();

        Assert.Contains(EvidenceKind.Photo, kinds);
        Assert.Contains(EvidenceKind.Screenshot, kinds);
        Assert.Contains(EvidenceKind.Video, kinds);
    }

    [Fact]
    public void Received_goods_window_runs_from_delivery()
    {
        var window = DisputeReasons.FilingWindowFor(Delivered(), DisputeReason.NotAsDescribed, Deadlines)!;

        Assert.Equal(DeliveredAt, window.From);
        Assert.Equal(DeliveredAt.AddDays(30), window.Until);
    }

    [Fact]
    public void Received_goods_reasons_have_no_window_before_delivery()
    {
        Assert.Null(DisputeReasons.FilingWindowFor(Shipped(), DisputeReason.IncompleteOrder, Deadlines));
        Assert.NotNull(DisputeReasons.WhyNoFilingWindow(Shipped(), DisputeReason.IncompleteOrder));
    }

    [Fact]
    public void Not_received_window_runs_from_the_expected_delivery_date()
    {
        var window = DisputeReasons.FilingWindowFor(Shipped(), DisputeReason.NotReceived, Deadlines)!;

        Assert.Equal(ExpectedDeliveryAt, window.From);
        Assert.Equal(ExpectedDeliveryAt.AddDays(30), window.Until);
    }

    [Fact]
    public void Not_received_has_no_window_once_delivered()
    {
        Assert.Null(DisputeReasons.FilingWindowFor(Delivered(), DisputeReason.NotReceived, Deadlines));
    }

    [Fact]
    public void Late_delivery_that_arrived_late_keeps_the_window_from_the_expected_date()
    {
        var window = DisputeReasons.FilingWindowFor(DeliveredOn(ExpectedDeliveryAt.AddDays(4)), DisputeReason.LateDelivery, Deadlines)!;

        Assert.Equal(ExpectedDeliveryAt, window.From);
    }

    [Fact]
    public void Late_delivery_has_no_window_when_the_order_arrived_on_time()
    {
        Assert.Null(DisputeReasons.FilingWindowFor(DeliveredOn(ExpectedDeliveryAt), DisputeReason.LateDelivery, Deadlines));
        Assert.NotNull(DisputeReasons.FilingWindowFor(Shipped(), DisputeReason.LateDelivery, Deadlines));
    }
}
