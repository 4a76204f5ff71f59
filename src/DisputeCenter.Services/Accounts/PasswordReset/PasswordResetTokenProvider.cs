using DisputeCenter.Services.Accounts.Tokens;
using Microsoft.AspNetCore.DataProtection;

namespace DisputeCenter.Services.Accounts.PasswordReset;

/// <summary>
/// The reset link's token: it lasts <see cref="PasswordResetService.LinkLifetime"/> and embeds the account's security
/// stamp, which the reset changes, so a link works once, and not at all after any other change of password.
/// </summary>
public sealed class PasswordResetTokenProvider<TUser>(IDataProtectionProvider dataProtection, TimeProvider clock)
    : ClockedTokenProvider<TUser>(dataProtection, clock, ProviderName, PasswordResetService.LinkLifetime)
    where TUser : class
{
    public const string ProviderName = "PasswordReset";
}
