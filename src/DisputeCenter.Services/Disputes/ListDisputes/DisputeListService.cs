using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Disputes.ListDisputes;

/// <summary>A party's disputes, soonest deadline first; each row says whose move it is, as the dispute itself decides.</summary>
public sealed class DisputeListService(DisputeCenterDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    public Task<PagedResult<DisputeSummary>> ForBuyerAsync(string buyerId, DisputeStatus? status, int page, CancellationToken cancellationToken = default) =>
        ListAsync(db.Disputes.Where(d => d.BuyerId == buyerId), status, page, cancellationToken);

    public Task<PagedResult<DisputeSummary>> ForSellerAsync(string sellerUserId, ClaimFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var claims = db.Disputes.Where(d => d.SellerUserId == sellerUserId);
        if (filter.Reason is { } reason)
        {
            claims = claims.Where(d => d.Reason == reason);
        }

        if (filter.AwaitingAnswer)
        {
            claims = claims.Where(Dispute.AwaitsSellersAnswer);
        }

        return ListAsync(claims, filter.Status, filter.Page, cancellationToken);
    }

    /// <summary>How many of the seller's claims wait for the seller's answer (see <see cref="Dispute.AwaitsSellersAnswer"/>).</summary>
    public Task<int> CountAwaitingSellerAsync(string sellerUserId, CancellationToken cancellationToken = default) =>
        db.Disputes.Where(d => d.SellerUserId == sellerUserId).Where(Dispute.AwaitsSellersAnswer).CountAsync(cancellationToken);

    private async Task<PagedResult<DisputeSummary>> ListAsync(IQueryable<Dispute> disputes, DisputeStatus? status, int page, CancellationToken cancellationToken)
    {
        if (status is { } wanted)
        {
            disputes = disputes.Where(d => d.Status == wanted);
        }

        var total = await disputes.CountAsync(cancellationToken);
        page = Paging.Within(page, PageSize, total);
        var ids = await disputes
            // PostgreSQL sorts nulls last in ascending order: soonest deadline first, disputes without one after, in the
            // order of the account's index (buyer_id or seller_user_id, next_deadline_at, filed_at DESC), so a page of 20
            // is read straight from the index however many disputes the account has.
            .OrderBy(d => d.NextDeadlineAt)
            .ThenByDescending(d => d.FiledAt)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        var loaded = await db.Disputes
            .Include(d => d.Offers).Include(d => d.InformationRequests).Include(d => d.Decisions).Include(d => d.Refunds)
            .AsSplitQuery()
            .AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, cancellationToken);

        var now = clock.GetUtcNow();
        var items = ids
            .Select(id => loaded[id])
            .Select(d => new DisputeSummary(
                d.Id, d.OrderNumber, d.Reason, d.Status, d.AmountClaimed, d.FiledAt, d.PendingActions(now).MinBy(a => a.DueAt)))
            .ToList();
        return new PagedResult<DisputeSummary>(items, page, PageSize, total);
    }
}
