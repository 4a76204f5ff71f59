using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Deadlines.Rules;
using DisputeCenter.Domain.Tests.Support;

namespace DisputeCenter.Domain.Tests.Deadlines;

public class DeadlinePolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_default_row_carries_the_published_defaults()
    {
        var row = DeadlinePolicy.Defaults(Now).Single(r => r.CategoryCode is null);

        Assert.Null(row.Reason);
        Assert.Equal(1, row.Version);
        Assert.Equal(TimeSpan.FromDays(3), row.SellerContactPeriod);
        Assert.Equal(TimeSpan.FromDays(30), row.FilingWindow);
        Assert.Equal(TimeSpan.FromDays(5), row.SellerResponse);
        Assert.Equal(TimeSpan.FromDays(7), row.Negotiation);
        Assert.Equal(TimeSpan.FromDays(3), row.InformationRequestDefault);
        Assert.Equal(TimeSpan.FromDays(30), row.AppealWindow);
        Assert.Equal(TimeSpan.FromDays(2), row.ModeratorAction);
    }

    [Fact]
    public void Perishables_get_a_shorter_filing_window_and_machinery_a_longer_one()
    {
        var rows = DeadlinePolicy.Defaults(Now);

        Assert.Equal(TimeSpan.FromDays(7), DeadlinePolicy.Select(rows, "perishables", DisputeReason.NotAsDescribed).FilingWindow);
        Assert.Equal(TimeSpan.FromDays(60), DeadlinePolicy.Select(rows, "machinery", DisputeReason.NotAsDescribed).FilingWindow);
        Assert.Equal(TimeSpan.FromDays(30), DeadlinePolicy.Select(rows, "apparel", DisputeReason.NotAsDescribed).FilingWindow);
    }

    [Fact]
    public void Selection_prefers_category_and_reason_then_category_then_reason_then_the_default()
    {
        var d = DeadlineDurations.Standard;
        var rows = new List<DeadlinePolicy>
        {
            DeadlinePolicy.Create(Guid.NewGuid(), null, null, d, "admin", Now),
            DeadlinePolicy.Create(Guid.NewGuid(), null, DisputeReason.NotReceived, d with { FilingWindow = TimeSpan.FromDays(40) }, "admin", Now),
            DeadlinePolicy.Create(Guid.NewGuid(), "machinery", null, d with { FilingWindow = TimeSpan.FromDays(60) }, "admin", Now),
            DeadlinePolicy.Create(Guid.NewGuid(), "machinery", DisputeReason.NotReceived, d with { FilingWindow = TimeSpan.FromDays(90) }, "admin", Now),
        };

        Assert.Equal(90, DeadlinePolicy.Select(rows, "machinery", DisputeReason.NotReceived).FilingWindow.TotalDays);
        Assert.Equal(60, DeadlinePolicy.Select(rows, "Machinery", DisputeReason.LateDelivery).FilingWindow.TotalDays);
        Assert.Equal(40, DeadlinePolicy.Select(rows, "apparel", DisputeReason.NotReceived).FilingWindow.TotalDays);
        Assert.Equal(30, DeadlinePolicy.Select(rows, "apparel", DisputeReason.LateDelivery).FilingWindow.TotalDays);
        Assert.Equal(30, DeadlinePolicy.Select(rows, null, DisputeReason.LateDelivery).FilingWindow.TotalDays);
    }

    [Fact]
    public void Without_a_default_row_selection_fails_loudly()
    {
        var rows = new[] { DeadlinePolicy.Create(Guid.NewGuid(), "machinery", null, DeadlineDurations.Standard, "admin", Now) };

        Assert.Throws<InvalidOperationException>(() => DeadlinePolicy.Select(rows, "apparel", DisputeReason.NotReceived));
    }

    [Fact]
    public void Revising_makes_a_new_version_and_leaves_the_old_one_untouched()
    {
        var original = DeadlinePolicy.Defaults(Now)[0];

        var revised = original.Revise(Guid.NewGuid(), original.Durations with { SellerResponse = TimeSpan.FromDays(3) }, "admin-7", Now.AddDays(10));

        Assert.Equal(2, revised.Version);
        Assert.Equal(TimeSpan.FromDays(3), revised.SellerResponse);
        Assert.Equal("admin-7", revised.CreatedBy);
        Assert.Equal(Now.AddDays(10), revised.CreatedAt);
        Assert.Equal(original.CategoryCode, revised.CategoryCode);
        Assert.Equal(original.Reason, revised.Reason);
        Assert.Equal(1, original.Version);
        Assert.Equal(TimeSpan.FromDays(5), original.SellerResponse);
        Assert.NotEqual(original.Id, revised.Id);
    }

    [Fact]
    public void Selection_uses_the_latest_version_of_a_row()
    {
        var v1 = DeadlinePolicy.Defaults(Now)[0];
        var v2 = v1.Revise(Guid.NewGuid(), v1.Durations with { FilingWindow = TimeSpan.FromDays(45) }, "admin", Now);

        Assert.Same(v2, DeadlinePolicy.Select([v1, v2], "apparel", DisputeReason.TermsViolated));
        Assert.Same(v2, DeadlinePolicy.Select([v2, v1], "apparel", DisputeReason.TermsViolated));
    }

    [Fact]
    public void A_snapshot_names_its_policy_version_and_survives_a_revision()
    {
        var v1 = DeadlinePolicy.Defaults(Now)[0];
        var snapshot = v1.Snapshot();
        var scenario = new DisputeScenario(deadlines: snapshot);
        var dispute = scenario.File();

        _ = v1.Revise(Guid.NewGuid(), v1.Durations with { SellerResponse = TimeSpan.FromDays(1) }, "admin", Now);

        Assert.Equal(v1.Id, dispute.Deadlines.PolicyId);
        Assert.Equal(1, dispute.Deadlines.PolicyVersion);
        Assert.Equal(TimeSpan.FromDays(5), dispute.Deadlines.SellerResponse);
        Assert.Equal(dispute.FiledAt.AddDays(5), dispute.NextDeadlineAt);
    }

    [Fact]
    public void A_zero_duration_is_refused()
    {
        Refused.By<DeadlineDurationMustBeInRangeRule>(() => DeadlinePolicy.Create(
            Guid.NewGuid(), null, null, DeadlineDurations.Standard with { AppealWindow = TimeSpan.Zero }, "admin", Now));
    }

    [Fact]
    public void Negotiation_shorter_than_the_seller_response_is_refused()
    {
        Refused.By<NegotiationMustOutlastSellerResponseRule>(() => DeadlinePolicy.Defaults(Now)[0].Revise(
            Guid.NewGuid(), DeadlineDurations.Standard with { Negotiation = TimeSpan.FromDays(4) }, "admin", Now));
    }

    [Fact]
    public void Category_codes_are_stored_trimmed_and_lower_case()
    {
        var row = DeadlinePolicy.Create(Guid.NewGuid(), " Machinery ", DisputeReason.LateDelivery, DeadlineDurations.Standard, "admin", Now);

        Assert.Equal("machinery", row.CategoryCode);
        Assert.Equal(3, row.Specificity);
    }
}
