using DisputeCenter.Services.Accounts.Tokens;
using Microsoft.AspNetCore.DataProtection;

namespace DisputeCenter.Services.Accounts.Moderators;

/// <summary>
/// The invitation link's token: it lasts <see cref="ModeratorAccountsService.InvitationLifetime"/>, and choosing the
/// password changes the security stamp, so the link works once.
/// </summary>
public sealed class InvitationTokenProvider<TUser>(IDataProtectionProvider dataProtection, TimeProvider clock)
    : ClockedTokenProvider<TUser>(dataProtection, clock, ProviderName, ModeratorAccountsService.InvitationLifetime)
    where TUser : class
{
    public const string ProviderName = "Invitation";

    public const string Purpose = "StaffInvitation";
}
