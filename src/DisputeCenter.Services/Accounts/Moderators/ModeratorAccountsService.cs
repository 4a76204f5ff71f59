using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Accounts.Moderators;

public sealed record ModeratorAccount(string Id, string DisplayName, string Email, bool IsDisabled);

/// <summary>Administrators make moderators; nobody registers as one.</summary>
public sealed class ModeratorAccountsService(UserManager<ApplicationUser> users, DisputeCenterDbContext db, DisputeChangeRunner disputes)
{
    private const int Attempts = 3;

    public async Task<IReadOnlyList<ModeratorAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        var moderators = await users.GetUsersInRoleAsync(Roles.Moderator);
        return moderators
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(u => new ModeratorAccount(u.Id, u.DisplayName, u.Email ?? string.Empty, u.IsDisabled))
            .ToList();
    }

    public async Task<Result<ApplicationUser>> CreateAsync(CreateModeratorCommand command, CancellationToken cancellationToken = default)
    {
        if (await users.Users.AnyAsync(u => u.NormalizedEmail == users.NormalizeEmail(command.Email), cancellationToken))
        {
            return Result<ApplicationUser>.Invalid([DomainText.Of($"An account with the email address {command.Email} already exists.")]);
        }

        var user = new ApplicationUser
        {
            UserName = command.Email.Trim(),
            Email = command.Email.Trim(),
            DisplayName = command.DisplayName.Trim(),
            EmailConfirmed = true,
        };
        var created = await users.CreateAsync(user, command.Password);
        if (!created.Succeeded)
        {
            return Result<ApplicationUser>.Invalid(created.Errors.Select(e => e.Description));
        }

        var inRole = await users.AddToRoleAsync(user, Roles.Moderator);
        return inRole.Succeeded ? Result<ApplicationUser>.Ok(user) : Result<ApplicationUser>.Invalid(inRole.Errors.Select(e => e.Description));
    }

    /// <summary>
    /// Disables a moderator: they cannot sign in (locked out, and the sign-in page refuses a disabled account), their
    /// sessions end at their next request (a new security stamp), and every case assigned to them goes back to the
    /// queue through <see cref="Dispute.UnassignModerator"/>, recorded on each case's timeline. The value is how many
    /// cases went back to the queue.
    /// </summary>
    public async Task<Result<int>> DisableAsync(string moderatorId, string administratorId, CancellationToken cancellationToken = default)
    {
        var user = await ModeratorAsync(moderatorId);
        if (user is null)
        {
            return Result<int>.Invalid(["There is no such moderator."]);
        }

        if (!user.IsDisabled)
        {
            user.IsDisabled = true;
            var changed = await Combine(
                () => users.SetLockoutEnabledAsync(user, true),
                () => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue),
                () => users.UpdateSecurityStampAsync(user));
            if (changed.Count > 0)
            {
                return Result<int>.Invalid(changed);
            }
        }

        var released = 0;
        var assigned = await db.Disputes.AsNoTracking().Where(d => d.AssignedModeratorId == moderatorId).Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var disputeId in assigned)
        {
            for (var attempt = 1; attempt <= Attempts; attempt++)
            {
                var result = await disputes.RunAsync(
                    disputeId,
                    DisputeActor.Administrator(administratorId),
                    (d, now) => d.UnassignModerator(administratorId, moderatorId, UnassignmentReason.ModeratorDisabled, now),
                    cancellationToken);
                if (result.Status != ResultStatus.Conflict)
                {
                    released += result.Succeeded ? 1 : 0;
                    break;
                }
            }
        }

        return Result<int>.Ok(released);
    }

    /// <summary>Lets a disabled moderator sign in again; the cases they had stay in the queue.</summary>
    public async Task<Result<bool>> EnableAsync(string moderatorId, CancellationToken cancellationToken = default)
    {
        var user = await ModeratorAsync(moderatorId);
        if (user is null)
        {
            return Result<bool>.Invalid(["There is no such moderator."]);
        }

        user.IsDisabled = false;
        var changed = await Combine(
            () => users.SetLockoutEndDateAsync(user, null),
            () => users.ResetAccessFailedCountAsync(user),
            () => users.UpdateSecurityStampAsync(user));
        return changed.Count == 0 ? Result<bool>.Ok(true) : Result<bool>.Invalid(changed);
    }

    private async Task<ApplicationUser?> ModeratorAsync(string moderatorId)
    {
        var user = await users.FindByIdAsync(moderatorId);
        return user is not null && await users.IsInRoleAsync(user, Roles.Moderator) ? user : null;
    }

    private static async Task<IReadOnlyList<string>> Combine(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return result.Errors.Select(e => e.Description).ToList();
            }
        }

        return [];
    }
}
