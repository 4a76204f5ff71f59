using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Moderation.ReasonCodes;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Admin.Pages.ReasonCodes;

/// <summary>The reason codes moderators decide with: list, add, deactivate and reactivate, each change with who and when.</summary>
public sealed class IndexModel(ReasonCodeService reasonCodes) : PageModel
{
    public IReadOnlyList<DecisionReasonCode> Codes { get; private set; } = [];

    [BindProperty]
    public string? NewCode { get; set; }

    [BindProperty]
    public string? NewLabel { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Codes = await reasonCodes.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        await DoneAsync(await reasonCodes.AddAsync(NewCode, NewLabel, ChangedBy, cancellationToken), "The reason code {0} is added and offered to moderators.", nameof(NewCode), cancellationToken);

    public async Task<IActionResult> OnPostDeactivateAsync(string code, CancellationToken cancellationToken) =>
        await DoneAsync(await reasonCodes.DeactivateAsync(code, ChangedBy, cancellationToken), "The reason code {0} is no longer offered; past decisions keep it.", string.Empty, cancellationToken);

    public async Task<IActionResult> OnPostReactivateAsync(string code, CancellationToken cancellationToken) =>
        await DoneAsync(await reasonCodes.ReactivateAsync(code, ChangedBy, cancellationToken), "The reason code {0} is offered to moderators again.", string.Empty, cancellationToken);

    private string ChangedBy => User.Identity?.Name ?? User.UserId();

    private async Task<IActionResult> DoneAsync(Result<string> result, string done, string field, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            TempData["Status"] = Text.T(done, result.Value);
            return RedirectToPage();
        }

        ModelState.AddErrors(field, result.Messages);

        Codes = await reasonCodes.ListAsync(cancellationToken);
        return Page();
    }
}
