using DisputeCenter.Domain.Common;
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
public sealed class EvidenceViewService(DisputeCenterDbContext db, IEvidenceStore store, TimeProvider clock)
{
    public async Task<IReadOnlyList<EvidenceItem>> ListAsync(Guid disputeId, DisputeActor viewer, CancellationToken cancellationToken = default)
    {
        var items = await db.EvidenceItems.AsNoTracking()
            .Where(e => e.DisputeId == disputeId)
            .OrderBy(e => e.ReceivedAt)
            .ToListAsync(cancellationToken);
        return items.Where(e => MaySee(e, viewer)).ToList();
    }

    /// <summary>
    /// The file's content, for a viewer who may see it; null otherwise. The viewer that <paramref name="viewerForDispute"/>
    /// gives for the item's dispute must already be entitled to it. A moderator's first opening of each item is recorded (see <see cref="OpenedByAsync"/>).
    /// </summary>
    public async Task<EvidenceFile?> OpenAsync(Guid evidenceId, Func<Guid, Task<DisputeActor?>> viewerForDispute, CancellationToken cancellationToken = default)
    {
        var item = await db.EvidenceItems.AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId, cancellationToken);
        if (item is null || await viewerForDispute(item.DisputeId) is not { } viewer || !MaySee(item, viewer))
        {
            return null;
        }

        if (viewer.Kind == ActorKind.Moderator)
        {
            await RecordOpeningAsync(item, viewer.UserId, cancellationToken);
        }

        return await ContentAsync(item, viewer, cancellationToken);
    }

    /// <summary>
    /// The content of an item <see cref="ListAsync"/> gave the viewer, exactly as <see cref="OpenAsync"/> serves it (other
    /// parties' photos without location data), for a copy of the whole case; null when the viewer may not see it. Taking
    /// a copy is not a moderator's opening of the item.
    /// </summary>
    public async Task<EvidenceFile?> ReadForCopyAsync(EvidenceItem item, DisputeActor viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(viewer);
        return MaySee(item, viewer) ? await ContentAsync(item, viewer, cancellationToken) : null;
    }

    private async Task<EvidenceFile> ContentAsync(EvidenceItem item, DisputeActor viewer, CancellationToken cancellationToken)
    {
        var content = await store.OpenReadAsync(item.Id, 0, null, cancellationToken);
        var forSomeoneElse = item.UploaderId != viewer.UserId;
        if (!forSomeoneElse || item.Format != EvidenceFormat.Jpeg)
        {
            return new EvidenceFile(item, content, Stripped: false);
        }

        try
        {
            return new EvidenceFile(item, await JpegLocationStripper.StripAsync(content, cancellationToken), Stripped: true);
        }
        catch (Exception malformed) when (malformed is InvalidDataException or EndOfStreamException)
        {
            // A header no JPEG reader can walk (truncated, or garbage after the start marker): served as uploaded, as
            // the evidence it is, rather than failing the page. No viewer can decode such a header's segments either.
            await content.DisposeAsync();
            return new EvidenceFile(item, await store.OpenReadAsync(item.Id, 0, null, cancellationToken), Stripped: false);
        }
    }

    /// <summary>When this moderator first opened each item of the dispute's evidence.</summary>
    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> OpenedByAsync(Guid disputeId, string moderatorId, CancellationToken cancellationToken = default) =>
        await db.EvidenceOpenings.AsNoTracking()
            .Where(o => o.DisputeId == disputeId && o.ModeratorId == moderatorId)
            .ToDictionaryAsync(o => o.EvidenceItemId, o => o.FirstOpenedAt, cancellationToken);

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

    /// <summary>Only the first opening counts; opening again (or two requests at once) changes nothing.</summary>
    private Task RecordOpeningAsync(EvidenceItem item, string moderatorId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"INSERT INTO evidence_openings (evidence_item_id, moderator_id, dispute_id, first_opened_at) VALUES ({item.Id}, {moderatorId}, {item.DisputeId}, {clock.GetUtcNow()}) ON CONFLICT DO NOTHING",
            cancellationToken);

    private static bool MaySee(EvidenceItem item, DisputeActor viewer) => item.Status switch
    {
        EvidenceStatus.Submitted => true,
        EvidenceStatus.Staged => item.UploaderId == viewer.UserId && item.UploadedBy == viewer.Kind,
        EvidenceStatus.Hidden => viewer.Kind == ActorKind.Moderator,
        _ => false,
    };
}
