using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Notifications;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Services.Disputes;

/// <summary>
/// The one way a dispute changes: load it whole, check the actor may see it, let the domain act, then save the
/// dispute, its new timeline entries and the notifications they call for together (<see cref="ChangeRunner"/>). A
/// broken rule, a foreign dispute and a lost race each come back as a result, never as an exception.
/// </summary>
public sealed partial class DisputeChangeRunner(
    DisputeCenterDbContext db, ChangeRunner changes, DisputeNotifier notifier, TimeProvider clock, ILogger<DisputeChangeRunner> logger)
{
    /// <summary>Why a party whose email address is not confirmed may not file or act on a dispute.</summary>
    public static readonly DomainText UnconfirmedRefusal =
        DomainText.Of($"Confirm your email address first: open the link we emailed you, or ask for a new one on the confirmation page.");

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>A buyer or seller whose address is not confirmed yet (moderators and the system are always confirmed).</summary>
    public Task<bool> IsUnconfirmedPartyAsync(DisputeActor actor, CancellationToken cancellationToken) =>
        actor.Kind is ActorKind.Buyer or ActorKind.Seller
            ? db.Users.AnyAsync(u => u.Id == actor.UserId && !u.EmailConfirmed, cancellationToken)
            : Task.FromResult(false);

    public async Task<Result> RunAsync(Guid disputeId, DisputeActor actor, Action<Dispute, DateTimeOffset> action, CancellationToken cancellationToken) =>
        await RunAsync<bool>(
            disputeId,
            actor,
            (dispute, now) =>
            {
                action(dispute, now);
                return true;
            },
            cancellationToken);

    public async Task<Result<T>> RunAsync<T>(
        Guid disputeId, DisputeActor actor, Func<Dispute, DateTimeOffset, T> action, CancellationToken cancellationToken)
    {
        var dispute = await LoadAsync(disputeId, cancellationToken);
        if (dispute is null || !actor.MaySee(dispute))
        {
            return Result<T>.NotFound();
        }

        if (await IsUnconfirmedPartyAsync(actor, cancellationToken))
        {
            return Result<T>.From(Result.Invalid([UnconfirmedRefusal]));
        }

        var from = dispute.Status;
        var now = Now;
        var result = await changes.RunAsync(() => action(dispute, now), ct => AppendTimelineAsync(dispute, ct), conflict: null, cancellationToken);
        switch (result.Status)
        {
            case ResultStatus.Succeeded:
                dispute.ClearPendingTimeline();
                LogChanged(logger, disputeId, from, dispute.Status, actor.Kind);
                break;
            case ResultStatus.Refused:
                LogRefused(logger, disputeId, result.BrokenRule!.GetType().Name, actor.Kind);
                break;
        }

        return result;
    }

    public Task<Dispute?> LoadAsync(Guid disputeId, CancellationToken cancellationToken) =>
        db.Disputes
            .Include(d => d.Offers)
            .Include(d => d.InformationRequests)
            .Include(d => d.Decisions)
            .Include(d => d.Refunds)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == disputeId, cancellationToken);

    /// <summary>
    /// Saves a dispute a use case changed itself (with other rows of its own), appending its pending timeline entries;
    /// false when another writer got there first.
    /// </summary>
    public async Task<bool> SaveAsync(Dispute dispute, CancellationToken cancellationToken)
    {
        var saved = await changes.RunAsync(() => true, ct => AppendTimelineAsync(dispute, ct), conflict: null, cancellationToken);
        if (saved.Succeeded)
        {
            dispute.ClearPendingTimeline();
        }

        return saved.Succeeded;
    }

    private async Task AppendTimelineAsync(Dispute dispute, CancellationToken cancellationToken)
    {
        db.DisputeEvents.AddRange(dispute.PendingTimeline);
        await notifier.PlanAsync(dispute, dispute.PendingTimeline, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispute {DisputeId} refused an action by a {ActorKind}: {Rule}")]
    private static partial void LogRefused(ILogger logger, Guid disputeId, string rule, ActorKind actorKind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispute {DisputeId} changed by a {ActorKind}: {FromStatus} -> {ToStatus}")]
    private static partial void LogChanged(ILogger logger, Guid disputeId, DisputeStatus fromStatus, DisputeStatus toStatus, ActorKind actorKind);
}
