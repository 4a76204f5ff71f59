using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Accounts.Credentials;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Accounts.Moderators;

/// <summary>A moderator as the administrators' list shows them; <see cref="Invited"/> until they accept the invitation.</summary>
public sealed record ModeratorAccount(string Id, string DisplayName, string Email, bool IsDisabled, bool Invited, bool TwoFactorEnabled);

/// <summary>
/// Administrators invite moderators; nobody registers as one, and no administrator ever knows a moderator's password:
/// the invitation link lets the invitee choose it, and two-factor sign-in is asked for before they see any case.
/// </summary>
public sealed class ModeratorAccountsService(
    UserManager<ApplicationUser> users, DisputeCenterDbContext db, DisputeChangeRunner disputes, AccountMail mail, IValidator<InviteModeratorCommand> validator)
{
    public const string AcceptPath = "/Identity/Account/AcceptInvitation";

    /// <summary>How long an invitation link works.</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    private const int Attempts = 3;

    public async Task<IReadOnlyList<ModeratorAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        var moderators = await users.GetUsersInRoleAsync(Roles.Moderator);
        return moderators
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(u => new ModeratorAccount(u.Id, u.DisplayName, u.Email ?? string.Empty, u.IsDisabled, u.PasswordHash is null, u.TwoFactorEnabled))
            .ToList();
    }

    /// <summary>Makes a moderator account without a password and emails its invitation link.</summary>
    public async Task<Result<ApplicationUser>> InviteAsync(InviteModeratorCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<ApplicationUser>.Invalid(validation.Errors.Select(e => e.ErrorMessage));
        }

        if (await users.Users.AnyAsync(u => u.NormalizedEmail == users.NormalizeEmail(command.Email.Trim()), cancellationToken))
        {
            return Result<ApplicationUser>.Invalid([DomainText.Of($"An account with the email address {command.Email.Trim()} already exists.")]);
        }

        var user = new ApplicationUser
        {
            UserName = command.Email.Trim(),
            Email = command.Email.Trim(),
            DisplayName = command.DisplayName.Trim(),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Result<ApplicationUser>.Invalid(created.Errors.Select(e => e.Description));
        }

        var inRole = await users.AddToRoleAsync(user, Roles.Moderator);
        if (!inRole.Succeeded)
        {
            return Result<ApplicationUser>.Invalid(inRole.Errors.Select(e => e.Description));
        }

        await QueueInvitationAsync(user, cancellationToken);
        return Result<ApplicationUser>.Ok(user);
    }

    /// <summary>A new link for an invitee who has not accepted yet (the earlier one keeps working until it expires).</summary>
    public async Task<Result> SendInvitationAgainAsync(string moderatorId, CancellationToken cancellationToken = default)
    {
        if (await ModeratorAsync(moderatorId) is not { PasswordHash: null, IsDisabled: false } user)
        {
            return Result.NotFound(DomainText.Of($"There is no invitation waiting for that moderator."));
        }

        await QueueInvitationAsync(user, cancellationToken);
        return Result.Ok();
    }

    /// <summary>Whether the link is a live invitation (so the page can ask for a password or say it is not).</summary>
    public async Task<ApplicationUser?> InviteeAsync(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || AccountMail.TokenFrom(code) is not { } token
            || await users.FindByIdAsync(userId) is not { PasswordHash: null, IsDisabled: false } user)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(user, InvitationTokenProvider<ApplicationUser>.ProviderName, InvitationTokenProvider<ApplicationUser>.Purpose, token)
            ? user
            : null;
    }

    /// <summary>
    /// Accepts the invitation: the invitee's own password (the registration rule), the address confirmed by the link.
    /// Choosing the password changes the security stamp, so the link cannot be used again.
    /// </summary>
    public async Task<Result<ApplicationUser>> AcceptAsync(string? userId, string? code, string? password, CancellationToken cancellationToken = default)
    {
        if (await InviteeAsync(userId, code) is not { } user)
        {
            return Result<ApplicationUser>.Invalid([InvitationRefused]);
        }

        if (PasswordPolicy.Refuses(password, out var weak))
        {
            return Result<ApplicationUser>.From(weak);
        }

        cancellationToken.ThrowIfCancellationRequested();
        user.EmailConfirmed = true;
        var accepted = await users.AddPasswordAsync(user, password);
        return accepted.Succeeded
            ? Result<ApplicationUser>.Ok(user)
            : accepted.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.UserAlreadyHasPassword) or nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? Result<ApplicationUser>.Invalid([InvitationRefused])
                : Result<ApplicationUser>.Invalid(accepted.Errors.Select(e => e.Description));
    }

    private static DomainText InvitationRefused => DomainText.Of($"This invitation link is not valid: it was used already, or it has expired. Ask an administrator to send it again.");

    private async Task QueueInvitationAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider<ApplicationUser>.ProviderName, InvitationTokenProvider<ApplicationUser>.Purpose);
        mail.Queue(
            user,
            DomainText.Of($"You are invited to moderate disputes on DisputeCenter"),
            [
                DomainText.Of($"An administrator has made you a DisputeCenter moderator. Open this link to choose your password (it works once, for 7 days):"),
                DomainText.Plain(mail.TokenLink(AcceptPath, user.Id, token)),
                DomainText.Of($"Before you see any case you will set up two-factor sign-in with an authenticator app on your phone."),
            ]);
        await db.SaveChangesAsync(cancellationToken);
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
