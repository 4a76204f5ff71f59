using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Common;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Persistence;

/// <summary>
/// Lets the domain change what a use case loaded, then saves it: a broken rule comes back as
/// <see cref="ResultStatus.Refused"/>, a lost race (another writer changed the row first, or took the same unique
/// key) as <see cref="ResultStatus.Conflict"/>, never as an exception, and in neither case is anything saved.
/// </summary>
public sealed class ChangeRunner(DisputeCenterDbContext db)
{
    /// <param name="act">The domain's action on the loaded aggregate; its value is the success's.</param>
    /// <param name="beforeSave">Adds what the action implies (e.g. timeline rows, notifications) to the same save.</param>
    /// <param name="conflict">What a lost race says; <see cref="Result.Conflict()"/>'s words when null.</param>
    public async Task<Result<T>> RunAsync<T>(
        Func<T> act, Func<CancellationToken, Task>? beforeSave, DomainText? conflict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(act);
        T value;
        try
        {
            value = act();
        }
        catch (BusinessRuleValidationException refused)
        {
            db.ChangeTracker.Clear();
            return Result<T>.Refused(refused.BrokenRule);
        }

        if (beforeSave is not null)
        {
            await beforeSave(cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (IsLostRace(e))
        {
            db.ChangeTracker.Clear();
            return conflict is null ? Result<T>.Conflict() : Result<T>.Conflict(conflict);
        }

        return Result<T>.Ok(value);
    }

    private static bool IsLostRace(Exception e) =>
        e is DbUpdateConcurrencyException
        || e is DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } };
}
