using DisputeCenter.Services.Accounts.Credentials;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>A new email address: the current password, then a link sent to the new address, which moves the account there.</summary>
public sealed class ChangeEmailModel(AccountCredentials credentials) : PageModel
{
    [BindProperty]
    public string? NewEmail { get; set; }

    [BindProperty]
    public string? CurrentPassword { get; set; }

    public string? SentTo { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await credentials.RequestEmailChangeAsync(User.UserId(), CurrentPassword, NewEmail, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Messages.Contains(AccountCredentials.WrongCurrentPassword) ? nameof(CurrentPassword) : nameof(NewEmail), result.Messages);
            return Page();
        }

        SentTo = NewEmail!.Trim();
        return Page();
    }
}
