using System.Security.Claims;
using DisputeCenter.Services.Accounts.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Web.Startup;

/// <summary>
/// Ties each sign-in cookie to an <see cref="AccountSession"/> row: signing in starts one (its id rides in the cookie's
/// protected properties, which survive renewals and the security stamp's refresh), and whenever the security stamp is
/// checked (every <see cref="WebServiceCollectionExtensions.SecurityStampInterval"/>) the row is checked too. A session
/// that was signed out, ended with all the account's sessions or is older than <see cref="AccountSessionOptions.AbsoluteLifetime"/>
/// is refused on every instance, however often it was used.
/// </summary>
public static class Sessions
{
    private const string SessionItem = "disputecenter.session";
    private const string MethodItem = "disputecenter.sign_in_method";

    /// <summary>Tells the sign-in about to happen in this request how it was proved; a password alone when not said.</summary>
    public static void SignInBy(HttpContext context, SignInMethod method) => context.Items[MethodItem] = method;

    /// <summary>The session this request's sign-in cookie belongs to, if it has one.</summary>
    public static Guid? Current(HttpContext context) =>
        context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties is { } properties ? Of(properties) : null;

    public static void Attach(CookieAuthenticationOptions options, TimeSpan checkInterval)
    {
        var stampCheck = options.Events.OnValidatePrincipal;
        options.Events.OnSigningIn = async context =>
        {
            if (Of(context.Properties) is not null || context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
            {
                return;
            }

            var http = context.HttpContext;
            var method = http.Items[MethodItem] as SignInMethod? ?? SignInMethod.Password;
            var id = await http.RequestServices.GetRequiredService<AccountSessions>()
                .StartAsync(userId, RateLimits.ClientAddress(http), http.Request.Headers.UserAgent.ToString(), method, http.RequestAborted);
            context.Properties.Items[SessionItem] = id.ToString();
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            var services = context.HttpContext.RequestServices;
            var due = context.Properties.IssuedUtc is not { } issued || services.GetRequiredService<TimeProvider>().GetUtcNow() - issued > checkInterval;
            if (due && Of(context.Properties) is { } sessionId
                && (context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
                    || !await services.GetRequiredService<AccountSessions>().IsOpenAsync(sessionId, userId, context.HttpContext.RequestAborted)))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await stampCheck(context);
        };
    }

    private static Guid? Of(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SessionItem, out var value) && Guid.TryParse(value, out var id) ? id : null;
}
