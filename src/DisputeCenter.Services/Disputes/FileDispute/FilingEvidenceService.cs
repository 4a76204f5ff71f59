using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Evidence.RemoveEvidence;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Evidence.Storage;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Disputes.FileDispute;

/// <summary>
/// Evidence added while the buyer fills in the filing form: sniffed, limited and stored by the evidence vault, staged
/// against the form's dispute id (a <see cref="FilingDraft"/> of the buyer's), and submitted when the dispute is filed.
/// </summary>
public sealed class FilingEvidenceService(
    DisputeCenterDbContext db, StageEvidenceService stage, RemoveStagedEvidenceService remove, IEvidenceStore store, TimeProvider clock)
{
    /// <summary>A draft never filed is removed, with its files, this long after it was started.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(2);

    private static readonly DomainText AnotherDraft = DomainText.Plain(
        "You are already filing a dispute for this order in another window, and its files are kept there. Open the dispute form again from the order to continue it.");

    /// <summary>The id of the buyer's draft for this order, if one is open: the form continues it rather than starting another.</summary>
    public Task<Guid?> OpenDraftIdAsync(string buyerId, Guid orderId, CancellationToken cancellationToken = default) =>
        db.FilingDrafts.Where(d => d.BuyerId == buyerId && d.OrderId == orderId).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken);

    public async Task<Result<IReadOnlyList<StagedEvidence>>> StageAsync(
        string buyerId, Guid orderId, Guid draftId, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default)
    {
        if (await DraftAsync(buyerId, orderId, draftId, cancellationToken) is { } refused)
        {
            return Result<IReadOnlyList<StagedEvidence>>.Invalid([refused]);
        }

        return await stage.StageAsync(draftId, EvidenceUploader.Buyer(buyerId), files, cancellationToken);
    }

    /// <summary>The files the buyer staged in the form so far, oldest first.</summary>
    public async Task<IReadOnlyList<StagedEvidence>> ListAsync(string buyerId, Guid draftId, CancellationToken cancellationToken = default)
    {
        var items = await db.EvidenceItems.AsNoTracking()
            .Where(e => e.DisputeId == draftId && e.UploaderId == buyerId && e.UploadedBy == Domain.Common.ActorKind.Buyer && e.Status == EvidenceStatus.Staged)
            .OrderBy(e => e.ReceivedAt)
            .ToListAsync(cancellationToken);
        return items.Select(StagedEvidence.From).ToList();
    }

    /// <summary>Takes a staged file out of the form again (only the buyer who added it can).</summary>
    public Task<Result<Guid>> RemoveAsync(string buyerId, Guid evidenceId, CancellationToken cancellationToken = default) =>
        remove.RemoveAsync(evidenceId, buyerId, cancellationToken);

    /// <summary>Removes drafts started before <see cref="AbandonedAfter"/> that never became a dispute, with their files.</summary>
    public async Task<int> RemoveAbandonedAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow() - AbandonedAfter;
        var abandoned = await db.FilingDrafts
            .Where(d => d.CreatedAt < before && !db.Disputes.Any(x => x.Id == d.Id))
            .ToListAsync(cancellationToken);
        foreach (var draft in abandoned)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var items = await db.EvidenceItems.Where(e => e.DisputeId == draft.Id && e.Status == EvidenceStatus.Staged).ToListAsync(cancellationToken);
            foreach (var item in items)
            {
                await store.DeleteAsync(item.Id, cancellationToken);
            }

            db.EvidenceItems.RemoveRange(items);
            db.FilingDrafts.Remove(draft);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return abandoned.Count;
    }

    /// <summary>Starts the buyer's draft for this order, or finds it; null when files may be staged on it.</summary>
    private async Task<DomainText?> DraftAsync(string buyerId, Guid orderId, Guid draftId, CancellationToken cancellationToken)
    {
        if (draftId == Guid.Empty || !await db.Orders.AnyAsync(o => o.Id == orderId && o.BuyerId == buyerId, cancellationToken))
        {
            return DomainText.Plain("Not found.");
        }

        if (await db.Disputes.AnyAsync(d => d.Id == draftId, cancellationToken))
        {
            return DomainText.Plain("This dispute is already filed; add more evidence on its evidence page.");
        }

        var draft = await db.FilingDrafts.SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (draft is null)
        {
            if (await OpenDraftIdAsync(buyerId, orderId, cancellationToken) is not null)
            {
                return AnotherDraft;
            }

            db.FilingDrafts.Add(new FilingDraft(draftId, buyerId, orderId, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two uploads at once: the same form's other request started this draft (fine), or another form one of
                // its own for this order (refused by the one-draft-per-order index).
                db.ChangeTracker.Clear();
                draft = await db.FilingDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
                if (draft is null)
                {
                    return AnotherDraft;
                }
            }
        }

        return draft is null || (draft.BuyerId == buyerId && draft.OrderId == orderId) ? null : DomainText.Plain("Not found.");
    }
}
