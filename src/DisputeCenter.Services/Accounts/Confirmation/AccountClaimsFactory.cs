using System.Security.Claims;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Accounts.Confirmation;

/// <summary>
/// Identity's claims, plus <see cref="EmailConfirmationService.UnconfirmedClaim"/> while the account's address is not
/// confirmed. The security stamp check rebuilds the principal, so the claim goes once the address is confirmed.
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

        return identity;
    }
}
