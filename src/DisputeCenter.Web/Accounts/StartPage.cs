using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DisputeCenter.Web.Accounts;

/// <summary>
/// Where a sign-in lands: the return URL the sign-in was asked for (when it is on this site), else the account's own
/// start page. Every way of completing a sign-in (password, second factor, an accepted invitation) asks here.
/// </summary>
public static class StartPage
{
    /// <summary>Each role's start page, the first role an account holds deciding (staff before parties).</summary>
    private static readonly (string Role, string Page)[] ByRole =
    [
        (Roles.Moderator, "/Moderation"),
        (Roles.Administrator, "/Admin/Moderators"),
        (Roles.Seller, "/Seller"),
        (Roles.Buyer, "/Orders"),
    ];

    /// <summary>The start page of an account with <paramref name="roles"/>; the welcome page for an account with none.</summary>
    public static string For(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return ByRole.FirstOrDefault(r => held.Contains(r.Role)).Page ?? "/";
    }

    /// <summary>Where <paramref name="user"/>, just signed in, goes: <paramref name="returnUrl"/> if local, else their start page.</summary>
    public static async Task<string> AfterSignInAsync(IUrlHelper url, UserManager<ApplicationUser> users, ApplicationUser? user, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(users);
        if (!string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl))
        {
            return returnUrl;
        }

        return user is null ? "/" : For(await users.GetRolesAsync(user));
    }
}
