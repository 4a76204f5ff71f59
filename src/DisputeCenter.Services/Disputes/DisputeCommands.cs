using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Notifications;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Services.Disputes;

/// <summary>
/// The one way a dispute changes: load it whole, check the actor may see it, let the domain act, save the
/// dispute and its new timeline entries together. A broken rule, a foreign dispute and a lost race each come
/// back as a result, never as an exception.
/// </summary>
public sealed partial class DisputeCommands(DisputeCenterDbContext db, DisputeNotifier notifier, TimeProvider clock, ILogger<DisputeCommands> logger)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<CommandResult> RunAsync(Guid disputeId, DisputeActor actor, Action<Dispute, DateTimeOffset> action, CancellationToken cancellationToken) =>
        await RunAsync<bool>(
            disputeId,
            actor,
            (dispute, now) =>
            {
                action(dispute, now);
                return true;
            },
            cancellationToken);

    public async Task<CommandResult<T>> RunAsync<T>(
        Guid disputeId, DisputeActor actor, Func<Dispute, DateTimeOffset, T> action, CancellationToken cancellationToken)
    {
        var dispute = await LoadAsync(disputeId, cancellationToken);
        if (dispute is null || !actor.MaySee(dispute))
        {
            return CommandResult<T>.From(CommandResult.NotFound());
        }

        var from = dispute.Status;
        T value;
        try
        {
            value = action(dispute, Now);
        }
        catch (BusinessRuleValidationException refused)
        {
            LogRefused(logger, disputeId, refused.RuleName, actor.Kind);
            return CommandResult<T>.From(CommandResult.Refused(refused.BrokenRule));
        }

        if (!await SaveAsync(dispute, cancellationToken))
        {
            return CommandResult<T>.From(CommandResult.Conflict());
        }

        LogChanged(logger, disputeId, from, dispute.Status, actor.Kind);
        return CommandResult<T>.Ok(value);
    }

    public Task<Dispute?> LoadAsync(Guid disputeId, CancellationToken cancellationToken) =>
        db.Disputes
            .Include(d => d.Offers)
            .Include(d => d.InformationRequests)
            .Include(d => d.Decisions)
            .Include(d => d.Refunds)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == disputeId, cancellationToken);

    /// <summary>Saves the dispute and appends its pending timeline entries; false when another writer got there first.</summary>
    public async Task<bool> SaveAsync(Dispute dispute, CancellationToken cancellationToken)
    {
        db.DisputeEvents.AddRange(dispute.PendingTimeline);
        await notifier.PlanAsync(dispute, dispute.PendingTimeline, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // Two writers appended the same timeline sequence: the later one lost the race.
            db.ChangeTracker.Clear();
            return false;
        }

        dispute.ClearPendingTimeline();
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispute {DisputeId} refused an action by a {ActorKind}: {Rule}")]
    private static partial void LogRefused(ILogger logger, Guid disputeId, string rule, ActorKind actorKind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispute {DisputeId} changed by a {ActorKind}: {FromStatus} -> {ToStatus}")]
    private static partial void LogChanged(ILogger logger, Guid disputeId, DisputeStatus fromStatus, DisputeStatus toStatus, ActorKind actorKind);
}
