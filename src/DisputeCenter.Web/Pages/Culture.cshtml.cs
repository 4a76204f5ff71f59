using DisputeCenter.Services.Accounts.Preferences;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Pages;

/// <summary>The header's language and time zone switch: remembers both in cookies and goes back to the page.</summary>
/// <remarks>
/// Decided deliberately: the switch itself needs no antiforgery token, because the form must work on every page, for
/// strangers and on the error page even when the key store cannot be read, and all a forged post can do is change how
/// this browser displays the site (as a link with <c>?culture=</c> would). Saving the choice on the account is a change
/// to stored data, so it happens only when the post carries a valid token (the header form sends one to signed-in
/// users); without one the cookies change and the account does not.
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class CultureModel(AccountPreferencesService preferences, SiteCookies cookies, IAntiforgery antiforgery) : PageModel
{
    public IActionResult OnGet(string? returnUrl) => LocalRedirect(SafeReturn(returnUrl));

    public async Task<IActionResult> OnPostAsync(string? culture, string? timeZone, string? returnUrl)
    {
        var options = new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Secure = cookies.Secure || Request.IsHttps,
        };
        culture = culture is not null && Cultures.Supported.Contains(culture, StringComparer.Ordinal) ? culture : null;
        timeZone = UserTimeZone.Find(timeZone) is not null ? timeZone : null;
        if (culture is not null)
        {
            Response.Cookies.Append(
                cookies.Culture,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                options);
        }

        if (timeZone is not null)
        {
            Response.Cookies.Append(cookies.TimeZone, timeZone, options);
        }

        // Signed in: remembered on the account too, so notifications and emails are written in the same language and zone.
        if (User.Identity?.IsAuthenticated == true && await HasValidTokenAsync())
        {
            await preferences.SaveAsync(User.UserId(), culture, timeZone);
        }

        return LocalRedirect(SafeReturn(returnUrl));
    }

    /// <summary>False for a missing or wrong token, and for a form that cannot even be read (a NUL in a field).</summary>
    private async Task<bool> HasValidTokenAsync()
    {
        try
        {
            return await antiforgery.IsRequestValidAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private string SafeReturn(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
