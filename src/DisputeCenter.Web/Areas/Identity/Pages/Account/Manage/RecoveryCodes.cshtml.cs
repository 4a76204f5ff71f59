using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>New recovery codes, shown this once (they travel here in TempData, never in the address).</summary>
public sealed class RecoveryCodesModel : PageModel
{
    public const string CodesKey = "RecoveryCodes";

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (TempData[CodesKey] is not string codes)
        {
            return RedirectToPage("./TwoFactor");
        }

        Codes = codes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
