using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Moderation;
using DisputeCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Moderation;

/// <summary>The overview counts the whole database, so it has a database of its own.</summary>
public sealed class ModerationOverviewServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task The_overview_counts_open_cases_by_state_overdue_and_stalled_and_the_median_time_to_decision_of_the_last_30_days()
    {
        var (_, seller) = await db.Data.SellerAsync("Overview Supplies");
        var buyer = await db.Data.BuyerAsync();
        var now = db.Clock.GetUtcNow();
        await db.WithDbAsync(d => OverdueDisputes.CreateAsync(d, buyer.Id, seller, 2, now - (6 * Day)));
        await db.WithDbAsync(d => OverdueDisputes.CreateAsync(d, buyer.Id, seller, 1, now));

        Task<Guid> Escalated(TimeSpan ago, Action<Dispute, DateTimeOffset>? then = null) =>
            db.WithDbAsync(d => EscalatedDisputes.CreateAsync(d, buyer.Id, seller, now - ago, then: then));
        Action<Dispute, DateTimeOffset> DecidedAfter(TimeSpan took) => (d, escalated) =>
        {
            d.AssignModerator("mod-1", escalated.AddMinutes(5));
            d.Decide("mod-1", Outcome.Rejected, null, "no-evidence", "Nothing in the evidence supports the claim.", DecisionBasis.OnTheClaim(d, "no-evidence"), escalated + took);
        };

        await Escalated(Day);
        await Escalated(3 * Day);
        await Escalated(6 * Day, (d, escalated) =>
        {
            d.AssignModerator("mod-1", escalated.AddHours(1));
            d.ApplyOverdueDeadline(now - Day);
        });
        await Escalated(10 * Day, DecidedAfter(Day));
        await Escalated(10 * Day, DecidedAfter(2 * Day));
        await Escalated(10 * Day, DecidedAfter(4 * Day));
        await Escalated(45 * Day, DecidedAfter(5 * Day));
        await Escalated(8 * Day, (d, escalated) =>
        {
            DecidedAfter(3 * Day)(d, escalated);
            d.Appeal(Party.Seller, d.SellerUserId, "The courier's report shows the parcel arrived intact.", now - Day);
        });

        var overview = await db.InScopeAsync(s => s.GetRequiredService<ModerationOverviewService>().GetAsync());

        var byState = overview.ByState.ToDictionary(s => s.Status, s => (s.Open, s.Overdue));
        Assert.Equal((3, 2), byState[DisputeStatus.AwaitingSeller]);
        Assert.Equal((0, 0), byState[DisputeStatus.Negotiating]);
        Assert.Equal((3, 1), byState[DisputeStatus.InMediation]);
        Assert.Equal((0, 0), byState[DisputeStatus.AwaitingInformation]);
        Assert.Equal((4, 1), byState[DisputeStatus.Decided]);
        Assert.Equal((1, 0), byState[DisputeStatus.UnderAppeal]);
        Assert.Equal(11, overview.OpenTotal);
        Assert.Equal(1, overview.Stalled);
        Assert.Equal(4, overview.DecisionsInWindow);
        Assert.Equal(TimeSpan.FromHours(60), overview.MedianTimeToDecision);
        Assert.Equal(now - TimeSpan.FromDays(30), overview.WindowStart);
    }
}
