using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Disputes.Refunds;

/// <summary>An instructed refund and what the payment system reported for it (null: nothing yet).</summary>
public sealed record RefundState(Refund Refund, Guid DisputeId, RefundPayout? Payout);

/// <summary>
/// The marketplace's payment system reports each instructed refund paid or failed. A repeated report changes nothing, a
/// completed payout is final (the domain's rule), and of two reports racing for one refund one wins and the other is told.
/// </summary>
public sealed class RefundPayoutService(DisputeCenterDbContext db, ChangeRunner changes, TimeProvider clock)
{
    /// <summary>How long a refund may wait for its payout before the moderation overview shows it.</summary>
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromDays(5);

    public async Task<Result<RefundState>> ReportAsync(Guid refundId, RefundPayoutStatus status, string? reference, string? reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Trim().Length > RefundPayout.ReferenceMaxLength)
        {
            return Result<RefundState>.Invalid([DomainText.Of($"Give the payment system's reference for the payout, at most {RefundPayout.ReferenceMaxLength} characters.")]);
        }

        if (reason is { Length: > RefundPayout.ReasonMaxLength })
        {
            return Result<RefundState>.Invalid([DomainText.Of($"Keep the reason to at most {RefundPayout.ReasonMaxLength} characters.")]);
        }

        var found = await db.Refunds.Where(r => r.Id == refundId)
            .Select(r => new { Refund = r, DisputeId = EF.Property<Guid>(r, "DisputeId") })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Result<RefundState>.NotFound();
        }

        var payout = await db.RefundPayouts.SingleOrDefaultAsync(p => p.RefundId == refundId, cancellationToken);
        var now = clock.GetUtcNow();
        var result = await changes.RunAsync(
            () =>
            {
                if (payout is null)
                {
                    payout = RefundPayout.First(refundId, found.DisputeId, status, reference, reason, now);
                    db.RefundPayouts.Add(payout);
                }
                else
                {
                    payout.Report(status, reference, reason, now);
                }

                return true;
            },
            beforeSave: null,
            conflict: DomainText.Of($"Another report for this refund arrived a moment ago; read the refund again."),
            cancellationToken);
        return result.Succeeded ? Result<RefundState>.Ok(new RefundState(found.Refund, found.DisputeId, payout)) : Result<RefundState>.From(result);
    }

    public async Task<RefundState?> GetAsync(Guid refundId, CancellationToken cancellationToken = default)
    {
        var found = await db.Refunds.AsNoTracking().Where(r => r.Id == refundId)
            .Select(r => new { Refund = r, DisputeId = EF.Property<Guid>(r, "DisputeId") })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new RefundState(found.Refund, found.DisputeId, await db.RefundPayouts.AsNoTracking().SingleOrDefaultAsync(p => p.RefundId == refundId, cancellationToken));
    }
}
