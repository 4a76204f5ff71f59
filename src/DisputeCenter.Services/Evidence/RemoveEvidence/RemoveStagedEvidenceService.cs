using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Evidence.Storage;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Evidence.RemoveEvidence;

/// <summary>Takes back a staged file: the record and its content go together. Submitted evidence is never removed.</summary>
public sealed class RemoveStagedEvidenceService(DisputeCenterDbContext db, IEvidenceStore store)
{
    public async Task<Result<Guid>> RemoveAsync(Guid evidenceId, string userId, CancellationToken cancellationToken = default)
    {
        var item = await db.EvidenceItems.SingleOrDefaultAsync(e => e.Id == evidenceId, cancellationToken);
        if (item is null)
        {
            return Result<Guid>.Invalid(["There is no such evidence."]);
        }

        try
        {
            item.CheckRemovableBy(userId);
        }
        catch (BusinessRuleValidationException broken)
        {
            return Result<Guid>.Invalid([broken.BrokenRule.Text]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.EvidenceItems.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        await store.DeleteAsync(evidenceId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<Guid>.Ok(evidenceId);
    }
}
