using DisputeCenter.Services.Accounts.Sessions;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Admin.Pages.Accounts;

/// <summary>
/// Finds an account by its email address and ends all its sessions, for a stolen laptop or a leaked password: every
/// cookie issued before now stops working on every instance within the stamp interval, and remembered browsers are
/// forgotten, so the next sign-in asks for the second factor again.
/// </summary>
public sealed class IndexModel(UserManager<ApplicationUser> users, AccountSessions sessions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    public ApplicationUser? Found { get; private set; }

    public IList<string> FoundRoles { get; private set; } = [];

    public IReadOnlyList<SessionView> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            return;
        }

        Found = await users.FindByEmailAsync(Email.Trim());
        if (Found is not null)
        {
            FoundRoles = await users.GetRolesAsync(Found);
            Recent = await sessions.RecentAsync(Found.Id, current: null, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostEndSessionsAsync(string id, CancellationToken cancellationToken)
    {
        var result = await sessions.EndAllAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Status"] = Text.T("Every session of that account is ended. It must sign in again, with its second factor if it has one.");
        return RedirectToPage(new { Email });
    }
}
