using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Services.Accounts.Preferences;

/// <summary>
/// Remembers on the account the language and time zone a person chose, so that what is written to them later
/// (notifications, emails) reaches them in it. The caller passes values it has checked against what the site offers.
/// </summary>
public sealed class AccountPreferencesService(UserManager<ApplicationUser> users)
{
    public async Task SaveAsync(string userId, string? culture, string? timeZone)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return;
        }

        var changed = false;
        if (culture is { Length: > 0 and <= ApplicationUser.PreferenceMaxLength } && culture != user.Culture)
        {
            user.Culture = culture;
            changed = true;
        }

        if (timeZone is { Length: > 0 and <= ApplicationUser.PreferenceMaxLength } && timeZone != user.TimeZone)
        {
            user.TimeZone = timeZone;
            changed = true;
        }

        if (changed)
        {
            await users.UpdateAsync(user);
        }
    }
}
