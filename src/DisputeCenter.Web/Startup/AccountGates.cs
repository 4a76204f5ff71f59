using System.Security.Claims;
using DisputeCenter.Services.Accounts.Confirmation;
using DisputeCenter.Services.Accounts.TwoFactor;

namespace DisputeCenter.Web.Startup;

/// <summary>
/// Keeps an account that must first put something right on the page that says so: an unconfirmed email address on
/// <c>/Identity/Account/ConfirmEmail</c>, a moderator or administrator without a second factor on the enrolment page.
/// Every other page sends them there, except signing out, the language and time-zone form, the help centre and the health probes. This
/// only shows the way: the services refuse an unconfirmed party's dispute actions (DisputeChangeRunner), and the staff
/// policies refuse a sign-in that carries <see cref="TwoFactorService.MissingClaim"/>.
/// </summary>
public static class AccountGates
{
    private static readonly string[] AlwaysOpen = ["/Identity/Account/Logout", "/Culture", "/health", "/Help"];

    private static readonly Gate[] Gates =
    [
        new(EmailConfirmationService.IsUnconfirmed, EmailConfirmationService.ConfirmPath, []),
        new(TwoFactorService.IsMissing, TwoFactorService.EnrolPath, ["/Identity/Account/Manage/RecoveryCodes"]),
    ];

    public static IApplicationBuilder UseAccountGates(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true
                && Gates.FirstOrDefault(gate => gate.Applies(context.User)) is { } gate
                && !gate.Opens(context.Request.Path))
            {
                context.Response.Redirect(gate.Page);
                return;
            }

            await next(context);
        });

    private sealed record Gate(Func<ClaimsPrincipal, bool> Applies, string Page, string[] AlsoOpen)
    {
        public bool Opens(PathString path) =>
            AlwaysOpen.Concat(AlsoOpen).Append(Page).Any(open => path.StartsWithSegments(open, StringComparison.OrdinalIgnoreCase));
    }
}
