using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Orders.SupplierRecords;

/// <summary>
/// A supplier's dispute record over the last 12 months: the same figures for buyers and for the seller. Read from the
/// standby when there is one (<see cref="ReplicaReads"/>): a year's counts do not change meaning in a second of lag.
/// </summary>
public sealed class SupplierRecordService(ReplicaReads replica, TimeProvider clock)
{
    public async Task<SupplierRecord> ForSellerAsync(Guid sellerId, CancellationToken cancellationToken = default)
    {
        await using var db = replica.Open();
        return (await LoadAsync(db, sellerId, cancellationToken)).Record;
    }

    /// <summary>
    /// The signed-in seller's own record: the figures buyers see (<see cref="ForSellerAsync"/>, computed by the same
    /// code) with how each dispute ended. Null when the account runs no supplier.
    /// </summary>
    public async Task<SellerOwnRecord?> ForSellerAccountAsync(string sellerUserId, CancellationToken cancellationToken = default)
    {
        await using var db = replica.Open();
        var seller = await db.Sellers.AsNoTracking().Where(s => s.UserId == sellerUserId).Select(s => new { s.Id, s.Profile.BusinessName }).SingleOrDefaultAsync(cancellationToken);
        if (seller is null)
        {
            return null;
        }

        var (record, disputes) = await LoadAsync(db, seller.Id, cancellationToken);
        var outcomes = disputes
            .Select(d => d.Outcome is { } decided ? (OutcomeEnding.DecidedByModerator, (Outcome?)decided)
                : d.Status == DisputeStatus.Settled ? (OutcomeEnding.Settled, d.SettledOutcome)
                : d.Status == DisputeStatus.Withdrawn ? (OutcomeEnding.Withdrawn, null)
                : d.Status == DisputeStatus.Expired ? (OutcomeEnding.Expired, null)
                : (OutcomeEnding.StillOpen, null))
            .GroupBy(x => x)
            .Select(g => new OutcomeCount(g.Key.Item1, g.Key.Item2, g.Count()))
            .OrderBy(c => c.Ending).ThenBy(c => c.Outcome)
            .ToList();
        return new SellerOwnRecord(seller.Id, seller.BusinessName, record, outcomes);
    }

    private async Task<(SupplierRecord Record, IReadOnlyList<DisputeRow> Disputes)> LoadAsync(
        DisputeCenterDbContext db, Guid sellerId, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddMonths(-12);
        var orders = await db.Orders.CountAsync(o => o.SellerId == sellerId && o.PlacedAt >= since, cancellationToken);
        var disputes = await db.Disputes
            .Where(d => d.SellerId == sellerId && d.FiledAt >= since)
            .Select(d => new DisputeRow(
                d.FiledAt,
                d.SellerRespondedAt,
                d.Decisions.OrderByDescending(x => x.DecidedAt).Select(x => (Outcome?)x.Outcome).FirstOrDefault(),
                d.Status,
                d.Outcome))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var decided = disputes.Where(d => d.Outcome is not null).ToList();
        var responses = disputes.Where(d => d.SellerRespondedAt is not null).Select(d => d.SellerRespondedAt!.Value - d.FiledAt).Order().ToList();
        var record = new SupplierRecord(
            orders,
            disputes.Count,
            decided.Count,
            decided.Count(d => d.Outcome != Outcome.Rejected),
            Median(responses));
        return (record, disputes);
    }

    private static TimeSpan? Median(IReadOnlyList<TimeSpan> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };

    /// <summary>One dispute as the record needs it; <see cref="Outcome"/> is the latest moderator decision's.</summary>
    private sealed record DisputeRow(DateTimeOffset FiledAt, DateTimeOffset? SellerRespondedAt, Outcome? Outcome, DisputeStatus Status, Outcome? SettledOutcome);
}
