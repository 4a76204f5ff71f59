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
    public async Task<Result<int>> SubmitAsync(Guid disputeId, DisputeActor actor, CancellationToken cancellationToken = default)
    {
        var drafts = await db.EvidenceItems
            .Where(e => e.DisputeId == disputeId && e.UploaderId == actor.UserId && e.UploadedBy == actor.Kind && e.Status == EvidenceStatus.Staged)
            .OrderBy(e => e.ReceivedAt)
            .ToListAsync(cancellationToken);

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
