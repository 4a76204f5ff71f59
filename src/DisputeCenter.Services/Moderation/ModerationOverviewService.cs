using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Moderation;

/// <summary>The figures of the moderation overview, each computed by PostgreSQL.</summary>
public sealed class ModerationOverviewService(DisputeCenterDbContext db, TimeProvider clock)
{
    public async Task<ModerationOverview> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var counts = await db.Disputes
            .Where(d => DisputeStatuses.Open.Contains(d.Status))
            .GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Open = g.Count(), Overdue = g.Count(d => d.NextDeadlineAt < now) })
            .ToListAsync(cancellationToken);
        var byState = DisputeStatuses.Open
            .Select(s => counts.Find(c => c.Status == s) is { } c ? new StateCount(s, c.Open, c.Overdue) : new StateCount(s, 0, 0))
            .ToList();
        var stalled = await db.Disputes.CountAsync(
            d => d.ModeratorStalled && (d.Status == DisputeStatus.InMediation || d.Status == DisputeStatus.UnderAppeal), cancellationToken);

        var since = now - ModerationOverview.Window;
        var speed = await db.Database
            .SqlQuery<DecisionSpeed>($"""
                SELECT count(t.seconds)::int AS decisions, percentile_cont(0.5) WITHIN GROUP (ORDER BY t.seconds) AS median_seconds
                FROM (
                    -- A subquery per decision (a primary-key probe), not a join that would scan every dispute.
                    SELECT extract(epoch FROM dd.decided_at - (SELECT d.escalated_at FROM disputes d WHERE d.id = dd.dispute_id)) AS seconds
                    FROM dispute_decisions dd
                    WHERE NOT dd.on_appeal AND dd.decided_at > {since} AND dd.decided_at <= {now}) t
                """)
            .SingleAsync(cancellationToken);
        var median = speed.MedianSeconds is { } seconds ? TimeSpan.FromSeconds(Math.Round(seconds)) : (TimeSpan?)null;
        var unpaidBefore = now - Disputes.Refunds.RefundPayoutService.ConfirmWithin;
        var unpaid = await db.Refunds.Where(r => r.RecordedAt < unpaidBefore)
            .CountAsync(r => !db.RefundPayouts.Any(p => p.RefundId == r.Id && p.Status == RefundPayoutStatus.Completed), cancellationToken);
        return new ModerationOverview(byState, stalled, speed.Decisions, median, since, now, unpaid);
    }

    /// <summary>The first decisions of the window: how many, and the median time from escalation to decision.</summary>
    internal sealed record DecisionSpeed(int Decisions, double? MedianSeconds);
}
