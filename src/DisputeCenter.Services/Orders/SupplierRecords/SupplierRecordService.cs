using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Orders.SupplierRecords;

/// <summary>A supplier's dispute record over the last 12 months: the same figures for buyers and for the seller.</summary>
public sealed class SupplierRecordService(DisputeCenterDbContext db, TimeProvider clock)
{
    public async Task<SupplierRecord> ForSellerAsync(Guid sellerId, CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().AddMonths(-12);
        var orders = await db.Orders.CountAsync(o => o.SellerId == sellerId && o.PlacedAt >= since, cancellationToken);
        var disputes = await db.Disputes
            .Where(d => d.SellerId == sellerId && d.FiledAt >= since)
            .Select(d => new { d.FiledAt, d.SellerRespondedAt, Outcome = d.Decisions.OrderByDescending(x => x.DecidedAt).Select(x => (Outcome?)x.Outcome).FirstOrDefault() })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var decided = disputes.Where(d => d.Outcome is not null).ToList();
        var responses = disputes.Where(d => d.SellerRespondedAt is not null).Select(d => d.SellerRespondedAt!.Value - d.FiledAt).Order().ToList();
        return new SupplierRecord(
            orders,
            disputes.Count,
            decided.Count,
            decided.Count(d => d.Outcome != Outcome.Rejected),
            Median(responses));
    }

    private static TimeSpan? Median(IReadOnlyList<TimeSpan> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };
}
