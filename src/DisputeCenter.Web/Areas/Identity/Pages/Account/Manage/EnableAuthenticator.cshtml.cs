using DisputeCenter.Services.Accounts.TwoFactor;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace DisputeCenter.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Enrolment: the key as a QR code (a PNG from this page, so the strict Content-Security-Policy needs no data: images)
/// and as text, then one code from the app to prove it was added. A moderator or administrator without a second factor
/// is kept on this page (see <c>AccountGates</c>).
/// </summary>
public sealed class EnableAuthenticatorModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, TwoFactorService twoFactor) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public string Key { get; private set; } = string.Empty;

    public bool Required => TwoFactorService.IsMissing(User);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Key = (await twoFactor.SetupAsync(user)).Key;
        return Page();
    }

    /// <summary>The QR code of the otpauth:// URI; never cached, since it holds the key.</summary>
    public async Task<IActionResult> OnGetQrCodeAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var setup = await twoFactor.SetupAsync(user);
        using var data = new QRCodeGenerator().CreateQrCode(setup.Uri, QRCodeGenerator.ECCLevel.M);
        Response.Headers.CacheControl = "no-store";
        return File(new PngByteQRCode(data).GetGraphic(6), "image/png");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var result = await twoFactor.EnableAsync(user, Code);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(nameof(Code), result.Messages);
            Key = (await twoFactor.SetupAsync(user)).Key;
            return Page();
        }

        // The principal is rebuilt without the missing-second-factor claim; the new stamp ends the other sessions.
        await signIn.RefreshSignInAsync(user);
        TempData[RecoveryCodesModel.CodesKey] = string.Join(' ', result.Value!);
        TempData["Status"] = Text.T("Two-factor sign-in is on.");
        return RedirectToPage("./RecoveryCodes");
    }
}
