using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Evidence.Storage;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Evidence.ViewEvidence;

public sealed record EvidenceChecklistItem(EvidenceSuggestion Suggestion, bool Provided);

/// <summary>A file to send; <paramref name="Stripped"/> when its location data was removed (then its length is unknown).</summary>
public sealed record EvidenceFile(EvidenceItem Item, Stream Content, bool Stripped);

/// <summary>
/// What a viewer may see of a dispute's evidence: everything submitted, their own drafts, and (moderators only)
/// hidden items. Anything else, like a file of another dispute, reads exactly as missing.
/// </summary>
public sealed class EvidenceViewService(DisputeCenterDbContext db, IEvidenceStore store)
{
    public async Task<IReadOnlyList<EvidenceItem>> ListAsync(Guid disputeId, DisputeActor viewer, CancellationToken cancellationToken = default)
    {
        var items = await db.EvidenceItems.AsNoTracking()
            .Where(e => e.DisputeId == disputeId)
            .OrderBy(e => e.ReceivedAt)
            .ToListAsync(cancellationToken);
        return items.Where(e => MaySee(e, viewer)).ToList();
    }

    /// <summary>The file's content, for a viewer who may see it; null otherwise. <paramref name="viewer"/> must already be entitled to the dispute.</summary>
    public async Task<EvidenceFile?> OpenAsync(Guid evidenceId, Func<Guid, Task<DisputeActor?>> viewerForDispute, CancellationToken cancellationToken = default)
    {
        var item = await db.EvidenceItems.AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId, cancellationToken);
        if (item is null || await viewerForDispute(item.DisputeId) is not { } viewer || !MaySee(item, viewer))
        {
            return null;
        }

        var content = await store.OpenReadAsync(item.Id, 0, null, cancellationToken);
        var forSomeoneElse = item.UploaderId != viewer.UserId;
        return forSomeoneElse && item.Format == EvidenceFormat.Jpeg
            ? new EvidenceFile(item, await JpegLocationStripper.StripAsync(content, cancellationToken), Stripped: true)
            : new EvidenceFile(item, content, Stripped: false);
    }

    /// <summary>For the dispute's reason, the evidence that strengthens it, and whether the buyer has provided each kind.</summary>
    public async Task<IReadOnlyList<EvidenceChecklistItem>> ChecklistAsync(Guid disputeId, CancellationToken cancellationToken = default)
    {
        var reason = await db.Disputes.Where(d => d.Id == disputeId).Select(d => d.Reason).SingleAsync(cancellationToken);
        var provided = await db.EvidenceItems
            .Where(e => e.DisputeId == disputeId && e.UploadedBy == ActorKind.Buyer && e.Status != EvidenceStatus.Hidden)
            .Select(e => e.Kind)
            .Distinct()
            .ToListAsync(cancellationToken);
        return reason.SuggestedEvidence().Select(s => new EvidenceChecklistItem(s, provided.Contains(s.Kind))).ToList();
    }

    private static bool MaySee(EvidenceItem item, DisputeActor viewer) => item.Status switch
    {
        EvidenceStatus.Submitted => true,
        EvidenceStatus.Staged => item.UploaderId == viewer.UserId && item.UploadedBy == viewer.Kind,
        EvidenceStatus.Hidden => viewer.Kind == ActorKind.Moderator,
        _ => false,
    };
}
