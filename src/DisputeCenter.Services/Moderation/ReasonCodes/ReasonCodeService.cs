using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Moderation.ReasonCodes;

/// <summary>The platform's reason codes for decisions: listed for administrators, offered (active ones) to moderators.</summary>
public sealed class ReasonCodeService(DisputeCenterDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<DecisionReasonCode>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.ReasonCodes.AsNoTracking().OrderByDescending(c => c.IsActive).ThenBy(c => c.Code).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<DecisionReasonCode>> ActiveAsync(CancellationToken cancellationToken = default) =>
        await db.ReasonCodes.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Code).ToListAsync(cancellationToken);

    public async Task<IReadOnlySet<string>> ActiveCodesAsync(CancellationToken cancellationToken = default) =>
        (await db.ReasonCodes.Where(c => c.IsActive).Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    public async Task<Result<string>> AddAsync(string? code, string? label, string changedBy, CancellationToken cancellationToken = default)
    {
        DecisionReasonCode added;
        try
        {
            added = DecisionReasonCode.Add(code ?? string.Empty, label ?? string.Empty, changedBy, clock.GetUtcNow());
        }
        catch (BusinessRuleValidationException refused)
        {
            return Result<string>.Invalid([refused.Message]);
        }

        if (await db.ReasonCodes.AnyAsync(c => c.Code == added.Code, cancellationToken))
        {
            return Result<string>.Invalid([$"The reason code \"{added.Code}\" exists already."]);
        }

        db.ReasonCodes.Add(added);
        await db.SaveChangesAsync(cancellationToken);
        return Result<string>.Ok(added.Code);
    }

    public Task<Result<string>> DeactivateAsync(string code, string changedBy, CancellationToken cancellationToken = default) =>
        ChangeAsync(code, c => c.Deactivate(changedBy, clock.GetUtcNow()), cancellationToken);

    public Task<Result<string>> ReactivateAsync(string code, string changedBy, CancellationToken cancellationToken = default) =>
        ChangeAsync(code, c => c.Reactivate(changedBy, clock.GetUtcNow()), cancellationToken);

    private async Task<Result<string>> ChangeAsync(string code, Action<DecisionReasonCode> change, CancellationToken cancellationToken)
    {
        var reasonCode = await db.ReasonCodes.SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (reasonCode is null)
        {
            return Result<string>.Invalid([$"There is no reason code \"{code}\"."]);
        }

        try
        {
            change(reasonCode);
        }
        catch (BusinessRuleValidationException refused)
        {
            return Result<string>.Invalid([refused.Message]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<string>.Ok(reasonCode.Code);
    }
}
