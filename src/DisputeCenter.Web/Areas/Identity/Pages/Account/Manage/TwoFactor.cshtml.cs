using DisputeCenter.Services.Accounts.TwoFactor;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Two-factor sign-in: on or off, recovery codes left and new ones, forgetting this browser, switching it off (not for staff).</summary>
public sealed class TwoFactorModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, TwoFactorService twoFactor) : PageModel
{
    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public int CodesLeft { get; private set; }

    public bool Remembered { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        var codes = user is null ? null : await twoFactor.NewRecoveryCodesAsync(user);
        if (codes is not { Succeeded: true })
        {
            return RedirectToPage();
        }

        TempData[RecoveryCodesModel.CodesKey] = string.Join(' ', codes.Value!);
        return RedirectToPage("./RecoveryCodes");
    }

    public async Task<IActionResult> OnPostForgetBrowserAsync()
    {
        await signIn.ForgetTwoFactorClientAsync();
        TempData["Status"] = Text.T("This browser is forgotten: the next sign-in here asks for a code again.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var result = await twoFactor.DisableAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(string.Empty, result.Messages);
            await LoadAsync();
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = Text.T("Two-factor sign-in is off. Your password alone signs you in now.");
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return false;
        }

        Enabled = user.TwoFactorEnabled;
        Required = await twoFactor.IsRequiredAsync(user);
        CodesLeft = Enabled ? await twoFactor.RecoveryCodesLeftAsync(user) : 0;
        Remembered = await signIn.IsTwoFactorClientRememberedAsync(user);
        return true;
    }
}
