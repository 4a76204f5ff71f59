using DisputeCenter.Services.Accounts.Moderators;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Admin.Pages.Moderators;

public sealed class IndexModel(ModeratorAccountsService moderators) : PageModel
{
    [BindProperty]
    public InviteModeratorCommand Input { get; set; } = new();

    public IReadOnlyList<ModeratorAccount> Moderators { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Moderators = await moderators.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await moderators.InviteAsync(Input, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = Text.T("We emailed {0} an invitation. The link lets them choose their password and set up two-factor sign-in; it works for 7 days.", Input.Email.Trim());
            return RedirectToPage();
        }

        ModelState.AddErrors(result.Messages);
        Moderators = await moderators.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAgainAsync(string id, CancellationToken cancellationToken)
    {
        var result = await moderators.SendInvitationAgainAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Status"] = Text.T("The invitation is sent again.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken)
    {
        var result = await moderators.DisableAsync(id, User.UserId(), cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Status"] = Text.T("The moderator is disabled and signed out; {0} of their cases went back to the queue.", result.Value);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken)
    {
        var result = await moderators.EnableAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Status"] = Text.T("The moderator can sign in again.");
        return RedirectToPage();
    }
}
