using DisputeCenter.Services.Accounts.Sessions;
using DisputeCenter.Services.Accounts.TwoFactor;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The second step of signing in for an account with two-factor sign-in: the authenticator's code, or one of the
/// recovery codes (each works once). The password step left a short-lived cookie naming the account; without it this
/// page sends back to the first step. Limited like the password step, per address and per account.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed partial class LoginWith2faModel(SignInManager<ApplicationUser> signIn, SignInThrottle throttle, TimeProvider clock, ILogger<LoginWith2faModel> logger) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool RememberBrowser { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public int RememberDays => (int)TwoFactorService.RememberBrowserFor.TotalDays;

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            TempData["Status"] = Text.T("That took too long. Sign in again.");
            return RedirectToPage("./Login", new { ReturnUrl });
        }

        if (throttle.Attempt(HttpContext, user.Email ?? user.Id) is { } wait)
        {
            RateLimits.Refuse(HttpContext, wait);
            ModelState.AddModelError(nameof(Code), Text.T("Too many sign-in attempts for this account from here. Try again after {0}.", RateLimits.TryAgainAt(clock, wait)));
            return Page();
        }

        var code = RecoveryCode ? TwoFactorService.CleanRecoveryCode(Code) : TwoFactorService.Clean(Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), RecoveryCode ? Text.T("Enter one of your recovery codes.") : Text.T("Enter the six digits your authenticator app shows."));
            return Page();
        }

        Sessions.SignInBy(HttpContext, RecoveryCode ? SignInMethod.PasswordAndRecoveryCode : SignInMethod.PasswordAndAuthenticator);
        var result = RecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, RememberBrowser);
        if (result.Succeeded)
        {
            LogSignedIn(logger, user.Id, RecoveryCode ? "a recovery code" : "the authenticator");
            return LocalRedirect(await StartPage.AfterSignInAsync(Url, signIn.UserManager, user, ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }

        LogFailed(logger, user.Id, RateLimits.ClientAddress(HttpContext));
        ModelState.AddModelError(nameof(Code), RecoveryCode
            ? Text.T("That recovery code is not right, or it was used already.")
            : Text.T("That code is not right. Enter the six digits your authenticator app shows now."));
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed in with {SecondFactor}")]
    private static partial void LogSignedIn(ILogger logger, string userId, string secondFactor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wrong second factor for account {UserId} from {Address}")]
    private static partial void LogFailed(ILogger logger, string userId, string address);
}
