using System.Security.Claims;
using DisputeCenter.Services.Accounts.TwoFactor;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Accounts.Confirmation;

/// <summary>
/// Identity's claims, plus <see cref="EmailConfirmationService.UnconfirmedClaim"/> while the account's address is not
/// confirmed, and <see cref="TwoFactorService.MissingClaim"/> while a moderator or administrator has no second factor.
/// The security stamp check rebuilds the principal, so each claim goes once the account is put right.
/// </summary>
internal sealed class AccountClaimsFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!user.EmailConfirmed)
        {
            identity.AddClaim(new Claim(EmailConfirmationService.UnconfirmedClaim, "true"));
        }

        var held = identity.FindAll(Options.ClaimsIdentity.RoleClaimType).Select(c => c.Value);
        if (!user.TwoFactorEnabled && TwoFactorService.IsRequiredFor(held))
        {
            identity.AddClaim(new Claim(TwoFactorService.MissingClaim, "true"));
        }

        return identity;
    }
}
