using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Evidence.SubmitEvidence;

/// <summary>
/// Submits a party's staged drafts as one batch: each becomes permanent evidence and its receipt (SHA-256,
/// size, arrival) is appended to the dispute's timeline in the same transaction.
/// </summary>
public sealed class SubmitEvidenceService(DisputeCenterDbContext db, DisputeChangeRunner disputes)
{
    /// <summary>Submits every draft the party has staged on the dispute.</summary>
    public Task<Result<int>> SubmitAsync(Guid disputeId, DisputeActor actor, CancellationToken cancellationToken = default) =>
        SubmitAsync(disputeId, actor, only: null, cancellationToken);

    /// <summary>Submits only the given drafts (an upload that submits what it brought, leaving other drafts staged).</summary>
    public async Task<Result<int>> SubmitAsync(Guid disputeId, DisputeActor actor, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = db.EvidenceItems
            .Where(e => e.DisputeId == disputeId && e.UploaderId == actor.UserId && e.UploadedBy == actor.Kind && e.Status == EvidenceStatus.Staged);
        if (only is not null)
        {
            query = query.Where(e => only.Contains(e.Id));
        }

        var drafts = await query.OrderBy(e => e.ReceivedAt).ToListAsync(cancellationToken);

        return await disputes.RunAsync(
            disputeId,
            actor,
            (dispute, now) =>
            {
                dispute.SubmitEvidence(drafts, now);
                return drafts.Count;
            },
            cancellationToken);
    }
}
