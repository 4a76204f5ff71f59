using DisputeCenter.Services.Accounts.Moderators;
using DisputeCenter.Services.Accounts.Sessions;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The invitation link lands here: the invitee chooses their password and is signed in, and the account gate takes
/// them straight on to setting up two-factor sign-in, before any case.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class AcceptInvitationModel(ModeratorAccountsService moderators, SignInManager<ApplicationUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public ApplicationUser? Invitee { get; private set; }

    public async Task OnGetAsync() => Invitee = await moderators.InviteeAsync(UserId, Code);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await moderators.AcceptAsync(UserId, Code, NewPassword, cancellationToken);
        if (!result.Succeeded)
        {
            Invitee = await moderators.InviteeAsync(UserId, Code);
            if (Invitee is not null)
            {
                ModelState.AddErrors(nameof(NewPassword), result.Messages);
            }

            return Page();
        }

        Sessions.SignInBy(HttpContext, SignInMethod.Invitation);
        await signIn.SignInAsync(result.Value!, isPersistent: false);
        return LocalRedirect(await StartPage.AfterSignInAsync(Url, signIn.UserManager, result.Value!, returnUrl: null));
    }
}
