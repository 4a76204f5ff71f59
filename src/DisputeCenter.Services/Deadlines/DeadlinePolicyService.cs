using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Deadlines.PolicyTable;
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

    /// <summary>
    /// Saves the next version of a row. Disputes already filed keep the snapshot they were filed with. Refused when
    /// the domain refuses the values; a conflict when <paramref name="currentRowId"/> is no longer the latest version
    /// of its row (someone revised it since), so nobody overwrites a revision they have not seen.
    /// </summary>
    public async Task<Result<DeadlinePolicy>> ReviseAsync(
        Guid currentRowId, DeadlineDurations durations, string revisedBy, CancellationToken cancellationToken = default)
    {
        var current = await db.DeadlinePolicies.AsNoTracking().SingleOrDefaultAsync(r => r.Id == currentRowId, cancellationToken);
        if (current is null)
        {
            return Result<DeadlinePolicy>.From(Result.NotFound());
        }

        if (await db.DeadlinePolicies.AnyAsync(r => r.CategoryCode == current.CategoryCode && r.Reason == current.Reason && r.Version > current.Version, cancellationToken))
        {
            return Result<DeadlinePolicy>.From(StaleRevision);
        }

        DeadlinePolicy next;
        try
        {
            next = current.Revise(Guid.CreateVersion7(clock.GetUtcNow()), durations, revisedBy, clock.GetUtcNow());
        }
        catch (BusinessRuleValidationException refused)
        {
            return Result<DeadlinePolicy>.From(Result.Refused(refused.BrokenRule));
        }

        db.DeadlinePolicies.Add(next);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return Result<DeadlinePolicy>.From(StaleRevision);
        }

        return Result<DeadlinePolicy>.Ok(next);
    }

    /// <summary>The form's values (days) as the next version of its row, made by <paramref name="revisedBy"/>.</summary>
    public Task<Result<DeadlinePolicy>> ReviseAsync(ReviseDeadlinePolicyCommand command, string revisedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        // A lambda, not a static local function, so that the exception can name the method's parameter.
        var duration = (string? typed) =>
            ReviseDeadlinePolicyCommand.ParseDays(typed) is { } days
                ? TimeSpan.FromMinutes((double)decimal.Round(days * 24 * 60))
                : throw new ArgumentException("Validate the command first: every clock needs a number of days.", nameof(command));
        return ReviseAsync(
            command.RowId,
            new DeadlineDurations(
                duration(command.SellerContactPeriod),
                duration(command.FilingWindow),
                duration(command.SellerResponse),
                duration(command.Negotiation),
                duration(command.InformationRequestDefault),
                duration(command.AppealWindow),
                duration(command.ModeratorAction),
                duration(command.ReturnAddress),
                duration(command.ReturnShipment),
                duration(command.ReturnTransit),
                duration(command.ReturnReceipt)),
            revisedBy,
            cancellationToken);
    }

    /// <summary>The whole table for administrators: each row's version in force, what the platform shipped for it, and its history.</summary>
    public async Task<IReadOnlyList<PolicyRow>> TableAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.DeadlinePolicies.AsNoTracking().ToListAsync(cancellationToken);
        var authorIds = rows.Select(r => r.CreatedBy).Distinct(StringComparer.Ordinal).ToList();
        var authors = await db.Users.AsNoTracking()
            .Where(u => authorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : $"{u.DisplayName} ({u.Email})", StringComparer.Ordinal, cancellationToken);
        var shipped = DeadlinePolicy.Defaults(clock.GetUtcNow()).ToDictionary(r => (r.CategoryCode, r.Reason), r => r.Durations);
        PolicyVersion Version(DeadlinePolicy r) => new(
            r.Id, r.Version, r.Durations, r.CreatedAt, r.CreatedBy == DeadlinePolicy.SystemAuthor ? null : authors.GetValueOrDefault(r.CreatedBy, r.CreatedBy));
        return rows
            .GroupBy(r => (r.CategoryCode, r.Reason))
            .Select(g =>
            {
                var history = g.OrderByDescending(r => r.Version).Select(Version).ToList();
                return new PolicyRow(g.Key.CategoryCode, g.Key.Reason, history[0], shipped.GetValueOrDefault(g.Key), history);
            })
            .OrderBy(r => r.CategoryCode is not null).ThenBy(r => r.CategoryCode, StringComparer.Ordinal).ThenBy(r => r.Reason)
            .ToList();
    }

    private static Result StaleRevision =>
        new(ResultStatus.Conflict, [DomainText.Plain("Someone revised this row of the deadline policy since you opened the form, so nothing was saved. Look at the new values and edit again.")]);

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
        order.Lines.GroupBy(l => l.CategoryCode, StringComparer.Ordinal).MaxBy(g => g.Sum(l => l.LineTotal.Amount))!.Key;
}
