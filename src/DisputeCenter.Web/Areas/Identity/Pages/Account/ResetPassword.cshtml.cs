using DisputeCenter.Services.Accounts.PasswordReset;
using DisputeCenter.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account;

/// <summary>The emailed link lands here: a new password, under the registration form's rule.</summary>
public sealed class ResetPasswordModel(PasswordResetService resets) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await resets.ResetAsync(UserId, Code, NewPassword, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(nameof(NewPassword), result.Messages);
            return Page();
        }

        Done = true;
        return Page();
    }
}
