using DisputeCenter.Services.Accounts.Tokens;
using Microsoft.AspNetCore.DataProtection;

namespace DisputeCenter.Services.Accounts.Confirmation;

/// <summary>The token of a link that confirms an address (at registration, or a new address): it lasts <see cref="EmailConfirmationService.LinkLifetime"/>.</summary>
public sealed class EmailLinkTokenProvider<TUser>(IDataProtectionProvider dataProtection, TimeProvider clock)
    : ClockedTokenProvider<TUser>(dataProtection, clock, ProviderName, EmailConfirmationService.LinkLifetime)
    where TUser : class
{
    public const string ProviderName = "EmailLink";
}
