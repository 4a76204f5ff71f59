using System.Net.Mime;
using DisputeCenter.Services.Accounts.PersonalData;
using DisputeCenter.Services.Accounts.Sessions;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The account page: the address and password, two-factor sign-in, language and time zone, a copy of everything the
/// site holds about the account, and its recent sign-ins with a way to end them.
/// </summary>
public sealed class IndexModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AccountSessions sessions, PersonalDataExport export, TimeProvider clock) : PageModel
{
    public ApplicationUser Account { get; private set; } = null!;

    public IReadOnlyList<SessionView> Recent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Account = user;
        Recent = await sessions.RecentAsync(user.Id, Sessions.Current(HttpContext), cancellationToken);
        return Page();
    }

    /// <summary>Ends one of the account's other sessions (on a lost phone, say).</summary>
    public async Task<IActionResult> OnPostEndSessionAsync(Guid id, CancellationToken cancellationToken)
    {
        await sessions.EndAsync(id, User.UserId(), cancellationToken);
        TempData["Status"] = Text.T("That session is signed out. It stops working within a minute.");
        return RedirectToPage();
    }

    /// <summary>Ends every session of the account, this one too, and forgets every remembered browser.</summary>
    public async Task<IActionResult> OnPostEndAllSessionsAsync(CancellationToken cancellationToken)
    {
        await sessions.EndAllAsync(User.UserId(), cancellationToken);
        await signIn.SignOutAsync();
        TempData["Status"] = Text.T("Every session of your account is signed out. Sign in again to go on.");
        return LocalRedirect("/Identity/Account/Login");
    }

    /// <summary>The account's data as one JSON file: its right of access, streamed as it is read.</summary>
    public async Task<IActionResult> OnPostDownloadAsync(CancellationToken cancellationToken)
    {
        var name = $"disputecenter-my-data-{clock.GetUtcNow():yyyy-MM-dd}.json";
        Response.ContentType = MediaTypeNames.Application.Json;
        Response.Headers.ContentDisposition = new ContentDisposition { FileName = name }.ToString();
        Response.Headers.CacheControl = "no-store";
        await export.WriteAsync(User.UserId(), Response.Body, cancellationToken);
        return new EmptyResult();
    }
}
