using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Audit;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Disputes.Timeline;

public sealed record ChainVerification(int Entries, int? FirstBrokenSequence, AuditProblem? Problem = null)
{
    public bool IsIntact => FirstBrokenSequence is null;
}

/// <summary>A dispute's timeline, oldest first, and the check that nobody rewrote it.</summary>
public sealed class DisputeTimelineService(DisputeCenterDbContext db, AuditSeals seals)
{
    public async Task<IReadOnlyList<TimelineEntry>?> ForAsync(Guid disputeId, DisputeActor viewer, CancellationToken cancellationToken = default)
    {
        var dispute = await db.Disputes.AsNoTracking().SingleOrDefaultAsync(d => d.Id == disputeId, cancellationToken);
        if (dispute is null || !viewer.MaySee(dispute))
        {
            return null;
        }

        return await Entries(disputeId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Recomputes every hash from the stored rows and checks every keyed seal and the sealed head (see
    /// <see cref="TimelineAudit"/>); the first sequence that does not verify is reported, with what is wrong there.
    /// </summary>
    public async Task<ChainVerification> VerifyAsync(Guid disputeId, CancellationToken cancellationToken = default)
    {
        var (entries, heads) = await TimelineAudit.LoadAsync(db, [disputeId], cancellationToken);
        var timeline = entries[disputeId].ToList();
        if (heads.Count == 0)
        {
            return new ChainVerification(timeline.Count, timeline.Count > 0 ? 1 : null, timeline.Count > 0 ? AuditProblem.ChainBroken : null);
        }

        var finding = TimelineAudit.FirstProblem(timeline, heads[0], seals);
        return new ChainVerification(timeline.Count, finding?.Sequence, finding?.Problem);
    }

    private IQueryable<TimelineEntry> Entries(Guid disputeId) =>
        db.DisputeEvents.AsNoTracking().Where(e => e.DisputeId == disputeId).OrderBy(e => e.Sequence);
}
