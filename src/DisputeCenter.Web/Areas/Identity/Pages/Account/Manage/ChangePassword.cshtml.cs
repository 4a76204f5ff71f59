using DisputeCenter.Services.Accounts.Credentials;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>A new password, the current one required; this session goes on, every other one ends.</summary>
public sealed class ChangePasswordModel(AccountCredentials credentials, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await credentials.ChangePasswordAsync(User.UserId(), CurrentPassword, NewPassword, cancellationToken);
        if (!result.Succeeded)
        {
            var field = result.Messages.Contains(AccountCredentials.WrongCurrentPassword) ? nameof(CurrentPassword) : nameof(NewPassword);
            ModelState.AddErrors(field, result.Messages);
            return Page();
        }

        // The new security stamp signs out every other session; this one is reissued with it.
        await signIn.RefreshSignInAsync((await users.GetUserAsync(User))!);
        TempData["Status"] = Text.T("Your password is changed, and every other session of your account is signed out.");
        return RedirectToPage("./Index");
    }
}
