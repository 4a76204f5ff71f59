using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Timeline;
using DisputeCenter.Services.Evidence.ViewEvidence;
using DisputeCenter.Services.Moderation.ReasonCodes;
using DisputeCenter.Services.Orders.OrderDetails;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Moderation.Cases;

/// <summary>An item of evidence on the case, and when this moderator first opened it (null: not yet).</summary>
public sealed record CaseEvidence(EvidenceItem Item, DateTimeOffset? OpenedAt)
{
    /// <summary>Submitted by a party and visible: the moderator must open it before deciding.</summary>
    public bool MustBeOpened => Item.Status == EvidenceStatus.Submitted && Item.UploadedBy is ActorKind.Buyer or ActorKind.Seller;
}

/// <summary>Everything a moderator reads on one case: both sides, the order, the evidence, the conversation, the verified timeline.</summary>
public sealed record CaseFile(
    DisputeOverview Overview,
    OrderDetails Order,
    IReadOnlyList<CaseEvidence> Evidence,
    IReadOnlyList<ConversationMessage> Conversation,
    IReadOnlyList<CaseStatement> Statements,
    ChainVerification Chain,
    IReadOnlyList<DecisionReasonCode> ReasonCodes,
    IReadOnlySet<ModeratorAction> Actions)
{
    public Dispute Dispute => Overview.Dispute;

    public IEnumerable<CaseEvidence> EvidenceOf(ActorKind side) => Evidence.Where(e => e.Item.UploadedBy == side);

    public IReadOnlyList<CaseEvidence> Unopened => Evidence.Where(e => e.MustBeOpened && e.OpenedAt is null).ToList();

    public IEnumerable<CaseStatement> StatementsOf(ActorKind side) => Statements.Where(s => s.Actor == side);

    /// <summary>The timeline entries added after the moderator saw <paramref name="seenVersion"/> of them.</summary>
    public IReadOnlyList<TimelineEntry> ChangesSince(int seenVersion) => Overview.Timeline.Where(e => e.Sequence > seenVersion).ToList();
}

public sealed class CaseFileService(
    DisputeOverviewService overviews,
    OrderDetailsService orders,
    EvidenceViewService evidence,
    DisputeTimelineService timelines,
    ReasonCodeService reasonCodes,
    DisputeCenterDbContext db)
{
    /// <summary>The case as the moderator sees it; null when there is no such dispute.</summary>
    public async Task<CaseFile?> GetAsync(Guid disputeId, string moderatorId, CancellationToken cancellationToken = default)
    {
        var moderator = DisputeActor.Moderator(moderatorId);
        var overview = await overviews.GetAsync(disputeId, moderator, cancellationToken);
        if (overview is null)
        {
            return null;
        }

        var dispute = overview.Dispute;
        var order = await orders.ForModeratorAsync(dispute.OrderId, cancellationToken)
            ?? throw new InvalidOperationException($"The order of dispute {disputeId} is missing.");
        var opened = await evidence.OpenedByAsync(disputeId, moderatorId, cancellationToken);
        var items = await evidence.ListAsync(disputeId, moderator, cancellationToken);
        var conversation = dispute.ConversationId is { } conversationId
            ? await db.SellerConversations.AsNoTracking().Where(c => c.Id == conversationId).SelectMany(c => c.Messages).OrderBy(m => m.SentAt).ToListAsync(cancellationToken)
            : [];
        return new CaseFile(
            overview,
            order,
            items.Select(i => new CaseEvidence(i, opened.TryGetValue(i.Id, out var at) ? at : null)).ToList(),
            conversation,
            CaseStatements.From(overview.Timeline),
            await timelines.VerifyAsync(disputeId, cancellationToken),
            await reasonCodes.ActiveAsync(cancellationToken),
            dispute.ModeratorActions(moderatorId));
    }
}
