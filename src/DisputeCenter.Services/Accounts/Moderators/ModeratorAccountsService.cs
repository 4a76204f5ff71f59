using DisputeCenter.Services.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Accounts.Moderators;

public sealed record ModeratorAccount(string Id, string DisplayName, string Email, bool IsDisabled);

/// <summary>Administrators make moderators; nobody registers as one.</summary>
public sealed class ModeratorAccountsService(UserManager<ApplicationUser> users)
{
    public async Task<IReadOnlyList<ModeratorAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        var moderators = await users.GetUsersInRoleAsync(Roles.Moderator);
        return moderators
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(u => new ModeratorAccount(u.Id, u.DisplayName, u.Email ?? string.Empty, u.IsDisabled))
            .ToList();
    }

    public async Task<ServiceResult<ApplicationUser>> CreateAsync(CreateModeratorCommand command, CancellationToken cancellationToken = default)
    {
        if (await users.Users.AnyAsync(u => u.NormalizedEmail == users.NormalizeEmail(command.Email), cancellationToken))
        {
            return ServiceResult<ApplicationUser>.Failed([$"An account with the email address {command.Email} already exists."]);
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
            return ServiceResult<ApplicationUser>.Failed(created.Errors.Select(e => e.Description));
        }

        var inRole = await users.AddToRoleAsync(user, Roles.Moderator);
        return inRole.Succeeded ? ServiceResult<ApplicationUser>.Success(user) : ServiceResult<ApplicationUser>.Failed(inRole.Errors.Select(e => e.Description));
    }
}
