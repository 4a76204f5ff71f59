using System.Globalization;
using DisputeCenter.Services.Accounts.Preferences;
using DisputeCenter.Services.Accounts.Register;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account;

[EnableRateLimiting(RateLimits.Registration)]
public sealed class RegisterModel(
    RegisterAccountService accounts,
    IValidator<RegisterAccountCommand> validator,
    SignInManager<ApplicationUser> signIn,
    AccountPreferencesService preferences) : PageModel
{
    [BindProperty]
    public RegisterAccountCommand Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet(AccountType? type)
    {
        if (type is { } accountType)
        {
            Input = Input with { AccountType = accountType };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddValidationErrors(validation, nameof(Input));
            return Page();
        }

        var result = await accounts.RegisterAsync(Input, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Messages);
            return Page();
        }

        // What they read now is what they will read later: notifications and emails in the same language and time zone.
        await preferences.SaveAsync(result.Value!.Id, CultureInfo.CurrentUICulture.Name, UserTimeZone.CurrentId);
        await signIn.SignInAsync(result.Value!, isPersistent: false);
        TempData["Status"] = Text.T("Welcome, {0}. Your account is ready.", result.Value!.DisplayName);
        var home = Input.AccountType == AccountType.Seller ? "/Seller" : "/Orders";
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : home);
    }
}
