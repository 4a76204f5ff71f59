using DisputeCenter.Services.Accounts.Sessions;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account;

/// <summary>Signing out ends this session in the database as well, so a copy of its cookie is refused everywhere from the next check on.</summary>
public sealed class LogoutModel(SignInManager<ApplicationUser> signIn, AccountSessions sessions) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Sessions.Current(HttpContext) is { } session)
        {
            await sessions.EndAsync(session, User.UserId(), cancellationToken);
        }

        await signIn.SignOutAsync();
        TempData["Status"] = Text.T("You have signed out.");
        return LocalRedirect("/");
    }
}
