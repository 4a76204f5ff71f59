using DisputeCenter.Domain.Disputes;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Disputes;

public sealed record DisputeOverview(Dispute Dispute, IReadOnlyList<PendingAction> PendingActions);

/// <summary>A dispute as one of its parties (or a moderator) sees it now: its state, and who must do what by when.</summary>
public sealed class DisputeOverviewService(DisputeCommands disputes, TimeProvider clock)
{
    public async Task<DisputeOverview?> GetAsync(Guid disputeId, DisputeActor viewer, CancellationToken cancellationToken = default)
    {
        var dispute = await disputes.LoadAsync(disputeId, cancellationToken);
        return dispute is null || !viewer.MaySee(dispute) ? null : new DisputeOverview(dispute, dispute.PendingActions(clock.GetUtcNow()));
    }
}
