using DisputeCenter.Services.Accounts.Confirmation;

namespace DisputeCenter.Web.Startup;

/// <summary>
/// Keeps an account whose email address is not confirmed on the page that says so: every other page sends it to
/// <c>/Identity/Account/ConfirmEmail</c>, except signing out, the language and time-zone form, and the health probes.
/// The services refuse its dispute actions as well (DisputeChangeRunner): this only shows the way.
/// </summary>
public static class UnconfirmedAccounts
{
    private static readonly string[] Allowed = [EmailConfirmationService.ConfirmPath, "/Identity/Account/Logout", "/Culture", "/health"];

    public static IApplicationBuilder UseUnconfirmedAccountsGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true
                && EmailConfirmationService.IsUnconfirmed(context.User)
                && !Allowed.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Redirect(EmailConfirmationService.ConfirmPath);
                return;
            }

            await next(context);
        });
}
