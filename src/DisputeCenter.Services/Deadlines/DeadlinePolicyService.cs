using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Deadlines;

/// <summary>The deadline policy table: which row applies to an order, and new versions of a row.</summary>
public sealed class DeadlinePolicyService(DisputeCenterDbContext db, TimeProvider clock)
{
    /// <summary>The rows in force: the highest version of each (category, reason) key.</summary>
    public async Task<IReadOnlyList<DeadlinePolicy>> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.DeadlinePolicies.AsNoTracking().ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.CategoryCode, r.Reason)).Select(g => g.MaxBy(r => r.Version)!).ToList();
    }

    /// <summary>The row for a dispute about <paramref name="order"/>: the category carrying most of its value decides.</summary>
    public async Task<DeadlinePolicy> ForOrderAsync(Order order, DisputeReason reason, CancellationToken cancellationToken = default) =>
        DeadlinePolicy.Select(await CurrentAsync(cancellationToken), CategoryOf(order), reason);

    /// <summary>Saves the next version of a row. Disputes already filed keep the snapshot they were filed with.</summary>
    public async Task<DeadlinePolicy> ReviseAsync(Guid currentRowId, DeadlineDurations durations, string revisedBy, CancellationToken cancellationToken = default)
    {
        var current = await db.DeadlinePolicies.AsNoTracking().SingleAsync(r => r.Id == currentRowId, cancellationToken);
        var next = current.Revise(Guid.CreateVersion7(clock.GetUtcNow()), durations, revisedBy, clock.GetUtcNow());
        db.DeadlinePolicies.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        return next;
    }

    /// <summary>Seeds the published defaults into an empty table (every environment needs them).</summary>
    public async Task EnsureDefaultsAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.DeadlinePolicies.AnyAsync(cancellationToken))
        {
            db.DeadlinePolicies.AddRange(DeadlinePolicy.Defaults(clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    internal static string CategoryOf(Order order) =>
        order.Lines.GroupBy(l => l.CategoryCode).MaxBy(g => g.Sum(l => l.LineTotal.Amount))!.Key;
}
