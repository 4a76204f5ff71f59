using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Notifications;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

using static DisputeCenter.Services.Notifications.NotificationWording;

namespace DisputeCenter.Services.Notifications.Reminders;

/// <summary>
/// Reminds the party whose move it is when their deadline is less than <see cref="Ahead"/> away. Set-based and
/// batched like the deadline sweep: disputes are claimed with <c>FOR UPDATE SKIP LOCKED</c>, and a
/// <see cref="DeadlineReminder"/> row per (dispute, due instant) makes a second run remind nobody again.
/// </summary>
public sealed partial class DeadlineReminderSweep(DisputeCenterDbContext db, DisputeNotifier notifier, TimeProvider clock, ILogger<DeadlineReminderSweep> logger)
{
    public const int DefaultBatchSize = 200;
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);
    private const int MaxBatchesPerSweep = 10_000;

    /// <summary>The statuses in which a party (not a moderator) has a clock running.</summary>
    private static readonly string[] PartyClockStatuses =
        [nameof(DisputeStatus.AwaitingSeller), nameof(DisputeStatus.Negotiating), nameof(DisputeStatus.AwaitingInformation), nameof(DisputeStatus.Decided),
            nameof(DisputeStatus.AwaitingReturn)];

    /// <summary>Sends every reminder that is due; returns how many parties were reminded.</summary>
    public async Task<int> SweepAsync(int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        var total = 0;
        for (var batch = 0; batch < MaxBatchesPerSweep; batch++)
        {
            var (claimed, reminded) = await SweepBatchAsync(batchSize, cancellationToken);
            total += reminded;
            if (claimed < batchSize)
            {
                break;
            }
        }

        return total;
    }

    private async Task<(int Claimed, int Reminded)> SweepBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now + Ahead;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Database
            .SqlQuery<Guid>($"""
                SELECT d.id AS "Value" FROM disputes d
                WHERE d.next_deadline_at > {now} AND d.next_deadline_at <= {horizon}
                  AND d.status = ANY({PartyClockStatuses})
                  AND NOT EXISTS (SELECT 1 FROM deadline_reminders r WHERE r.dispute_id = d.id AND r.due_at = d.next_deadline_at)
                ORDER BY d.next_deadline_at
                LIMIT {batchSize}
                FOR UPDATE OF d SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return (0, 0);
        }

        var disputes = await db.Disputes
            .Include(d => d.Offers).Include(d => d.InformationRequests).Include(d => d.Decisions)
            .AsSplitQuery()
            .AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var dispute in disputes)
        {
            db.DeadlineReminders.Add(new DeadlineReminder(dispute.Id, dispute.NextDeadlineAt!.Value, now));
            foreach (var action in dispute.PendingActions(now).Where(a => a.Actor is ActorKind.Buyer or ActorKind.Seller && !a.IsOverdue))
            {
                await RemindAsync(dispute, action, now, cancellationToken);
                reminded++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (reminded > 0)
        {
            LogReminded(logger, reminded, disputes.Count);
        }

        return (ids.Count, reminded);
    }

    private Task RemindAsync(Dispute dispute, PendingAction action, DateTimeOffset now, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(
            dispute,
            action.Actor == ActorKind.Buyer ? Party.Buyer : Party.Seller,
            NotificationKind.DeadlineSoon,
            Say($"Less than 24 hours left on order {dispute.OrderNumber}"),
            [
                Say($"Your deadline on order {dispute.OrderNumber} is {action.DueAt}, less than 24 hours from now."),
                Say($"What you can do now: {action.What}"),
                Say($"If nothing happens by then: {action.IfMissed}"),
            ],
            action.DueAt,
            now,
            cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminded {Parties} parties of deadlines within 24 hours on {Disputes} disputes")]
    private static partial void LogReminded(ILogger logger, int parties, int disputes);
}
