using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Evidence.ViewEvidence;
using DisputeCenter.Services.Moderation.ReasonCodes;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Moderation.Cases;

/// <summary>Gathers from the database what the domain needs to judge a decision: the dispute's evidence, what this moderator opened, its statements, the active codes.</summary>
public sealed class DecisionBasisQuery(DisputeCenterDbContext db, EvidenceViewService evidence, ReasonCodeService reasonCodes)
{
    public async Task<DecisionBasis> ForAsync(Guid disputeId, string moderatorId, IReadOnlyList<Citation> citations, int seenVersion, CancellationToken cancellationToken)
    {
        var submitted = await db.EvidenceItems.AsNoTracking()
            .Where(e => e.DisputeId == disputeId && e.Status == EvidenceStatus.Submitted && (e.UploadedBy == ActorKind.Buyer || e.UploadedBy == ActorKind.Seller))
            .OrderBy(e => e.ReceivedAt)
            .ToDictionaryAsync(e => e.Id, e => e.OriginalName, cancellationToken);
        var opened = await evidence.OpenedByAsync(disputeId, moderatorId, cancellationToken);
        var timeline = await db.DisputeEvents.AsNoTracking().Where(e => e.DisputeId == disputeId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return new DecisionBasis(
            citations,
            submitted,
            opened.Keys.ToHashSet(),
            CaseStatements.From(timeline).Select(s => s.Sequence).ToHashSet(),
            await reasonCodes.ActiveCodesAsync(cancellationToken),
            seenVersion);
    }
}
