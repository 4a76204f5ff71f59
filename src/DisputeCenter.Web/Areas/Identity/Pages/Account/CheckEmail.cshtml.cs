using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account;

/// <summary>After registering: the same words whether the address was new or already had an account.</summary>
public sealed class CheckEmailModel : PageModel
{
    public string? Email { get; private set; }

    public void OnGet() => Email = TempData["RegisteredEmail"] as string;
}
