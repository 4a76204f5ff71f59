using DisputeCenter.Services.Accounts.Credentials;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The link sent to a new address lands here. Opening it only asks; the change is a button (a POST), so a mail
/// scanner that follows links cannot use the single-use link up. Afterwards every session ends, this one too.
/// </summary>
public sealed class ConfirmEmailChangeModel(AccountCredentials credentials, SignInManager<ApplicationUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public bool Done { get; private set; }

    public string? Refusal { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await credentials.ConfirmEmailChangeAsync(UserId, Email, Code, cancellationToken);
        if (!result.Succeeded)
        {
            Refusal = string.Join(" ", result.Messages.Select(Text.T));
            return Page();
        }

        await signIn.SignOutAsync();
        Done = true;
        return Page();
    }
}
