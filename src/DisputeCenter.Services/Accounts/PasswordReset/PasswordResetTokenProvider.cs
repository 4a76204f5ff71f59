using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Accounts.PasswordReset;

/// <summary>Identity's Data Protection token provider under a name of its own, so a reset link lasts less than a confirmation link.</summary>
public sealed class PasswordResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public const string ProviderName = "PasswordReset";

    public PasswordResetTokenProviderOptions()
    {
        Name = ProviderName;
        TokenLifespan = PasswordResetService.LinkLifetime;
    }
}

/// <summary>
/// The reset token embeds the account's security stamp, which the reset changes: a link works once, and not at all
/// after any other change of password or sign-out everywhere.
/// </summary>
public sealed class PasswordResetTokenProvider<TUser>(
    IDataProtectionProvider dataProtection, IOptions<PasswordResetTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<TUser>> logger)
    : DataProtectorTokenProvider<TUser>(dataProtection, options, logger)
    where TUser : class;
