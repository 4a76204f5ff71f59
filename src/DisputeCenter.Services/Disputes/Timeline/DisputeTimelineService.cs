using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Disputes.Timeline;

public sealed record ChainVerification(int Entries, int? FirstBrokenSequence)
{
    public bool IsIntact => FirstBrokenSequence is null;
}

/// <summary>A dispute's timeline, oldest first, and the check that nobody rewrote it.</summary>
public sealed class DisputeTimelineService(DisputeCenterDbContext db, DisputeChangeRunner disputes)
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

    /// <summary>Recomputes every hash from the stored rows; the first sequence that does not match is reported.</summary>
    public async Task<ChainVerification> VerifyAsync(Guid disputeId, CancellationToken cancellationToken = default)
    {
        var entries = await Entries(disputeId).ToListAsync(cancellationToken);
        var dispute = await disputes.LoadAsync(disputeId, cancellationToken);
        var broken = TimelineHasher.VerifyChain(entries);
        if (broken is null && dispute is not null && (dispute.TimelineLength != entries.Count || dispute.TimelineHead != entries.LastOrDefault()?.Hash))
        {
            // Rows removed from the end leave a chain that verifies; the head kept on the dispute does not.
            broken = entries.Count + 1;
        }

        return new ChainVerification(entries.Count, broken);
    }

    private IQueryable<TimelineEntry> Entries(Guid disputeId) =>
        db.DisputeEvents.AsNoTracking().Where(e => e.DisputeId == disputeId).OrderBy(e => e.Sequence);
}
