using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Moderation;

/// <summary>
/// The moderators' queues, read as projected rows (no case is loaded whole). Most overdue first: cases a
/// moderator let stall lead, then the platform's deadline, soonest (or longest passed) first. Backed by the
/// partial index <c>ix_disputes_moderation_queue</c> (status, moderator_stalled DESC, next_deadline_at, id).
/// </summary>
public sealed class ModerationQueueService(DisputeCenterDbContext db, TimeProvider clock)
{
    public async Task<PagedResult<QueueRow>> ListAsync(string moderatorId, ModerationQueueQuery query, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var cases = Filter(db.Disputes.AsNoTracking(), moderatorId, query, now);
        var total = await cases.CountAsync(cancellationToken);
        var page = Paging.Within(query.Page, query.PageSize, total);
        var rows = await cases
            .OrderByDescending(d => d.ModeratorStalled)
            .ThenBy(d => d.NextDeadlineAt)
            .ThenBy(d => d.Id)
            .Skip((page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(d => new
            {
                d.Id,
                d.OrderNumber,
                d.Reason,
                d.Status,
                d.AmountClaimed,
                SellerName = db.Sellers.Where(s => s.Id == d.SellerId).Select(s => s.Profile.BusinessName).First(),
                d.AssignedModeratorId,
                ModeratorName = db.Users.Where(u => u.Id == d.AssignedModeratorId).Select(u => u.DisplayName).FirstOrDefault(),
                d.NextDeadlineAt,
                d.ModeratorStalled,
                d.Deadlines.ModeratorAction,
                d.SellerUnresponsive,
                d.BuyerId,
                d.SellerUserId,
                d.AppealedDecisionModeratorId,
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new QueueRow(
                r.Id,
                r.OrderNumber,
                r.Reason,
                r.Status,
                r.AmountClaimed,
                r.SellerName,
                r.AssignedModeratorId,
                r.ModeratorName,
                r.NextDeadlineAt,
                r.ModeratorStalled,
                r.ModeratorStalled ? r.NextDeadlineAt - r.ModeratorAction : null,
                r.SellerUnresponsive,
                r.ModeratorStalled || r.NextDeadlineAt < now)
        {
            IsMine = r.AssignedModeratorId == moderatorId,
            TakeRefusedBy = Dispute
                    .RulesToAssign(r.Status, r.AssignedModeratorId, r.BuyerId, r.SellerUserId, r.AppealedDecisionModeratorId, moderatorId)
                    .FirstOrDefault(rule => rule.IsBroken())?.GetType().Name,
        })
            .ToList();
        return new PagedResult<QueueRow>(items, page, query.PageSize, total);
    }

    private IQueryable<Dispute> Filter(IQueryable<Dispute> cases, string moderatorId, ModerationQueueQuery query, DateTimeOffset now)
    {
        var status = query.Status;
        cases = cases.Where(d => d.Status == status);
        if (query.Reason is { } reason)
        {
            cases = cases.Where(d => d.Reason == reason);
        }

        if (query.MinAmount is { } min)
        {
            cases = cases.Where(d => d.AmountClaimed.Amount >= min);
        }

        if (query.MaxAmount is { } max)
        {
            cases = cases.Where(d => d.AmountClaimed.Amount <= max);
        }

        if (!string.IsNullOrWhiteSpace(query.Seller))
        {
            var pattern = LikePattern.Contains(query.Seller.Trim());
            cases = cases.Where(d => db.Sellers.Any(s => s.Id == d.SellerId && EF.Functions.ILike(s.Profile.BusinessName, pattern)));
        }

        cases = query.Assignment switch
        {
            QueueAssignment.Unassigned => cases.Where(d => d.AssignedModeratorId == null),
            QueueAssignment.Mine => cases.Where(d => d.AssignedModeratorId == moderatorId),
            _ => cases,
        };

        if (query.OverdueOnly)
        {
            cases = cases.Where(d => d.ModeratorStalled || d.NextDeadlineAt < now);
        }

        return cases;
    }
}
