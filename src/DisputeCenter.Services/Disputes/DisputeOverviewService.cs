using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Disputes.Returns;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Disputes;

/// <param name="Payouts">What the payment system reported for each instructed refund, by refund id (a refund not in it is still instructed).</param>
/// <param name="ReturnAddress">Where a return goes: the seller's address, or the platform's returns address when the seller gave none in time.</param>
public sealed record DisputeOverview(
    Dispute Dispute,
    IReadOnlyList<PendingAction> PendingActions,
    IReadOnlySet<DisputeAction> AvailableActions,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyDictionary<Guid, RefundPayout>? Payouts = null,
    string? ReturnAddress = null);

/// <summary>A dispute as one of its parties (or a moderator) sees it now: its state, and who must do what by when.</summary>
public sealed class DisputeOverviewService(
    DisputeChangeRunner disputes, DisputeCenterDbContext db, IOptions<ReturnsOptions> returns, TimeProvider clock)
{
    public async Task<DisputeOverview?> GetAsync(Guid disputeId, DisputeActor viewer, CancellationToken cancellationToken = default)
    {
        var dispute = await disputes.LoadAsync(disputeId, cancellationToken);
        if (dispute is null || !viewer.MaySee(dispute))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var actions = viewer.Kind is ActorKind.Buyer or ActorKind.Seller ? dispute.AvailableActions(viewer.Party, now) : new HashSet<DisputeAction>();
        var timeline = await db.DisputeEvents.AsNoTracking().Where(e => e.DisputeId == disputeId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var payouts = dispute.Refunds.Count == 0
            ? new Dictionary<Guid, RefundPayout>()
            : await db.RefundPayouts.AsNoTracking().Where(p => p.DisputeId == disputeId).ToDictionaryAsync(p => p.RefundId, cancellationToken);
        var returnAddress = dispute.Return is { } shipment ? (shipment.ToPlatformAddress ? returns.Value.PlatformAddress : shipment.Address) : null;
        return new DisputeOverview(dispute, dispute.PendingActions(now), actions, timeline, payouts, returnAddress);
    }
}
