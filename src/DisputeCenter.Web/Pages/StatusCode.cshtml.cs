using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel(TimeProvider clock) : PageModel
{
    public int Code { get; private set; }

    /// <summary>For a 429: when the rate limit lets this client try again, in the reader's time zone.</summary>
    public string? TryAgainAt { get; private set; }

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code;
        if (HttpContext.Items[RateLimits.RetryAfterItem] is TimeSpan wait)
        {
            TryAgainAt = RateLimits.TryAgainAt(clock, wait);
        }
    }
}
