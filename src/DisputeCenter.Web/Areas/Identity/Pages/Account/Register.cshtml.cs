using System.Globalization;
using DisputeCenter.Services.Accounts.Register;
using DisputeCenter.Services.Common;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account;

[EnableRateLimiting(RateLimits.Registration)]
public sealed class RegisterModel(
    RegisterAccountService accounts,
    IValidator<RegisterAccountCommand> validator) : PageModel
{
    [BindProperty]
    public RegisterAccountCommand Input { get; set; } = new();

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

        // Written in the language and time zone the form was read in, as every later notification and email will be.
        var result = await accounts.RegisterAsync(Input, new Reader(CultureInfo.CurrentUICulture.Name, UserTimeZone.CurrentId), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Messages);
            return Page();
        }

        // The same answer whether the address was new or already had an account (its owner is emailed instead), so the
        // form never tells a stranger which addresses are registered.
        TempData["RegisteredEmail"] = Input.Email.Trim();
        return RedirectToPage("./CheckEmail");
    }
}
