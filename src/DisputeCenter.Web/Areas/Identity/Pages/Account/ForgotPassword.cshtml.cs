using DisputeCenter.Services.Accounts.PasswordReset;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account;

/// <summary>Asks for a reset link; answers the same whether or not the address has an account.</summary>
[EnableRateLimiting(RateLimits.AccountEmails)]
public sealed class ForgotPasswordModel(PasswordResetService resets) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public string? SentTo { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), Localization.Text.T("Enter your email address."));
            return Page();
        }

        await resets.RequestAsync(Email, cancellationToken);
        SentTo = Email.Trim();
        return Page();
    }
}
