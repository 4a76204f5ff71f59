using System.ComponentModel.DataAnnotations;
using DisputeCenter.Services.Accounts.Sessions;
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
/// Sign-in, limited per client address (<see cref="RateLimits.SignIn"/>) and per address and account
/// (<see cref="SignInThrottle"/>). What it says never tells a stranger whether an address has an account: a wrong
/// password and an unknown address read the same, and "disabled" is said only to someone who knows the password.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed partial class LoginModel(SignInManager<ApplicationUser> signIn, SignInThrottle throttle, TimeProvider clock, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var address = RateLimits.ClientAddress(HttpContext);
        if (throttle.Attempt(HttpContext, Input.Email) is { } wait)
        {
            LogThrottled(logger, Input.Email, address);
            RateLimits.Refuse(HttpContext, wait);
            ModelState.AddModelError(string.Empty, Text.T("Too many sign-in attempts for this account from here. Try again after {0}.", RateLimits.TryAgainAt(clock, wait)));
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(Input.Email);
        if (user is { IsDisabled: true })
        {
            if (await signIn.UserManager.CheckPasswordAsync(user, Input.Password))
            {
                ModelState.AddModelError(string.Empty, Text.T("This account has been disabled. Contact the platform's support."));
                return Page();
            }

            return Refused("wrong password", user.Id);
        }

        if (user is { TwoFactorEnabled: true })
        {
            // Signed in without being asked for a code: this browser was remembered after an earlier second factor.
            Sessions.SignInBy(HttpContext, SignInMethod.PasswordAndRememberedBrowser);
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            LogSignedIn(logger, user?.Id);
            return LocalRedirect(await StartPage.AfterSignInAsync(Url, signIn.UserManager, user, ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            LogLockedOut(logger, user?.Id);
            return RedirectToPage("./Lockout");
        }

        return Refused(user is null ? "no such account" : "wrong password", user?.Id);
    }

    private PageResult Refused(string reason, string? userId)
    {
        LogFailed(logger, Input.Email, userId, RateLimits.ClientAddress(HttpContext), reason);
        ModelState.AddModelError(string.Empty, Text.T("The email address or password is not right."));
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in as {Email} (account {UserId}) from {Address}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string email, string? userId, string address, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in as {Email} from {Address} refused: too many attempts")]
    private static partial void LogThrottled(ILogger logger, string email, string address);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed in")]
    private static partial void LogSignedIn(ILogger logger, string? userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} locked out after repeated failed sign-ins")]
    private static partial void LogLockedOut(ILogger logger, string? userId);

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }
}
