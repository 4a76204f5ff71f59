using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Evidence.HideEvidence;

/// <summary>A moderator hides a submitted item from the parties, with a reason. Nothing is deleted; the timeline records it.</summary>
public sealed class HideEvidenceService(DisputeCenterDbContext db, DisputeChangeRunner disputes)
{
    public async Task<Result> HideAsync(Guid evidenceId, string moderatorId, string reason, CancellationToken cancellationToken = default)
    {
        var item = await db.EvidenceItems.SingleOrDefaultAsync(e => e.Id == evidenceId, cancellationToken);
        if (item is null)
        {
            return Result.NotFound();
        }

        return await disputes.RunAsync(
            item.DisputeId,
            DisputeActor.Moderator(moderatorId),
            (dispute, now) =>
            {
                item.Hide(moderatorId, reason, now);
                dispute.RecordEvidenceHidden(moderatorId, item, now);
            },
            cancellationToken);
    }
}
