using DisputeCenter.Services.Accounts.Moderators;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Admin.Pages.Moderators;

public sealed class IndexModel(ModeratorAccountsService moderators, IValidator<CreateModeratorCommand> validator) : PageModel
{
    [BindProperty]
    public CreateModeratorCommand Input { get; set; } = new();

    public IReadOnlyList<ModeratorAccount> Moderators { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Moderators = await moderators.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (validation.IsValid)
        {
            var result = await moderators.CreateAsync(Input, cancellationToken);
            if (result.Succeeded)
            {
                TempData["Status"] = Text.T("{0} is now a moderator and can sign in as {1}.", Input.DisplayName, Input.Email);
                return RedirectToPage();
            }

            ModelState.AddErrors(result.Messages);
        }
        else
        {
            ModelState.AddValidationErrors(validation, nameof(Input));
        }

        Moderators = await moderators.ListAsync(cancellationToken);
        return Page();
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
