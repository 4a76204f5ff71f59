using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Notifications;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Services.Deadlines;

/// <summary>
/// Deadlines enforce themselves: every dispute whose clock ran out gets the consequence its snapshot names.
/// Batches are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so several app instances share the work and no
/// dispute is handled twice; a user acting on a dispute in the same instant loses on the xmin check instead
/// of overwriting the consequence.
/// </summary>
public sealed partial class DeadlineSweep(DisputeCenterDbContext db, DisputeNotifier notifier, TimeProvider clock, ILogger<DeadlineSweep> logger)
{
    public const int DefaultBatchSize = 200;
    private const int MaxBatchesPerSweep = 10_000;

    /// <summary>Applies every overdue consequence; returns how many disputes changed.</summary>
    public async Task<int> SweepAsync(int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        var total = 0;
        for (var batch = 0; batch < MaxBatchesPerSweep; batch++)
        {
            var (claimed, applied) = await SweepBatchAsync(batchSize, cancellationToken);
            total += applied;
            if (claimed < batchSize)
            {
                break;
            }
        }

        return total;
    }

    private async Task<(int Claimed, int Applied)> SweepBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Database
            .SqlQuery<Guid>($"""
                SELECT id AS "Value" FROM disputes
                WHERE next_deadline_at < {now}
                ORDER BY next_deadline_at
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return (0, 0);
        }

        var disputes = await db.Disputes
            .Include(d => d.Offers).Include(d => d.InformationRequests).Include(d => d.Decisions).Include(d => d.Refunds)
            .AsSplitQuery()
            .Where(d => ids.Contains(d.Id))
            .ToListAsync(cancellationToken);
        var applied = 0;
        foreach (var dispute in disputes.Where(d => d.IsOverdueAt(now)))
        {
            try
            {
                var consequence = dispute.ApplyOverdueDeadline(now);
                db.DisputeEvents.AddRange(dispute.PendingTimeline);
                await notifier.PlanAsync(dispute, dispute.PendingTimeline, cancellationToken);
                applied++;
                LogApplied(logger, dispute.Id, consequence.Kind, consequence.From, consequence.To);
            }
            catch (BusinessRuleValidationException refused)
            {
                LogRefused(logger, dispute.Id, refused.RuleName, refused.Message);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (ids.Count, applied);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline passed on dispute {DisputeId}: {Consequence} ({FromStatus} -> {ToStatus})")]
    private static partial void LogApplied(ILogger logger, Guid disputeId, DeadlineConsequenceKind consequence, DisputeStatus fromStatus, DisputeStatus toStatus);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline consequence refused on dispute {DisputeId}: {Rule}: {Reason}")]
    private static partial void LogRefused(ILogger logger, Guid disputeId, string rule, string reason);
}
