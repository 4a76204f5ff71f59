using DisputeCenter.Services.Accounts.Confirmation;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The confirmation link lands here, and an unconfirmed account that signs in is kept here (see
/// <see cref="AccountGates"/>): it says what to do and sends the link again, as often as the rate limit allows.
/// </summary>
[EnableRateLimiting(RateLimits.AccountEmails)]
public sealed class ConfirmEmailModel(EmailConfirmationService confirmation, SignInManager<ApplicationUser> signIn) : PageModel
{
    public bool Confirmed { get; private set; }

    public string? Refusal { get; private set; }

    public bool SignedInUnconfirmed => User.Identity?.IsAuthenticated == true && EmailConfirmationService.IsUnconfirmed(User);

    public async Task OnGetAsync(string? userId, string? code)
    {
        if (userId is null && code is null)
        {
            return;
        }

        var result = await confirmation.ConfirmAsync(userId, code);
        if (!result.Succeeded)
        {
            Refusal = string.Join(" ", result.Messages.Select(Text.T));
            return;
        }

        Confirmed = true;
        if (User.Identity?.IsAuthenticated == true && User.UserId() == userId && await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    public async Task<IActionResult> OnPostSendAgainAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return RedirectToPage("./Login");
        }

        await confirmation.SendAgainAsync(User.UserId(), cancellationToken);
        TempData["Status"] = Text.T("We sent the link again. It works for 24 hours.");
        return RedirectToPage();
    }
}
