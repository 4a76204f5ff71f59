using System.Globalization;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Accounts.TwoFactor;
using DisputeCenter.Services.Common;
using DisputeCenter.Web.Api;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Help;
using DisputeCenter.Web.Localization;
using DisputeCenter.Web.Resources;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DisputeCenter.Web.Startup;

public static class WebServiceCollectionExtensions
{
    /// <summary>How soon a disabled account or a changed password ends the account's other sessions.</summary>
    public static readonly TimeSpan SecurityStampInterval = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddDisputeCenterWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var cookies = new SiteCookies(secure: !environment.IsDevelopment());
        services.AddSingleton(cookies);
        services.AddReverseProxy(configuration);
        services.AddSiteRateLimits(configuration);
        services.AddDisputeCenterApi(configuration);
        services.AddTransferRates(configuration);
        // Every cookie, the framework's and ours: HttpOnly (the site runs no script), Secure outside Development.
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            options.Secure = cookies.Policy;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = cookies.Authentication;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = cookies.Policy;
            options.LoginPath = "/Identity/Account/Login";
            options.LogoutPath = "/Identity/Account/Logout";
            options.AccessDeniedPath = "/Identity/Account/AccessDenied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            Sessions.Attach(options, SecurityStampInterval);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = cookies.TwoFactorPending;
            options.Cookie.SecurePolicy = cookies.Policy;
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, options =>
        {
            options.Cookie.Name = cookies.TwoFactorRemembered;
            options.Cookie.SecurePolicy = cookies.Policy;
            options.ExpireTimeSpan = TwoFactorService.RememberBrowserFor;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = cookies.Antiforgery;
            options.Cookie.SecurePolicy = cookies.Policy;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Seller, policy => policy.RequireRole(Roles.Seller))
            .AddPolicy(Roles.Administrator, policy => policy.RequireRole(Roles.Administrator).RequireAssertion(HasSecondFactor))
            .AddPolicy(Roles.Moderator, policy => policy.RequireRole(Roles.Moderator).RequireAssertion(HasSecondFactor));

        services.AddDisputeCenterSecurityHeaders();
        services.AddLocalization();
        services.AddSingleton(HelpLibrary.Load());
        services.Replace(ServiceDescriptor.Singleton<ITextRenderer, LocalizedTextRenderer>());
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Cultures.Supported.Select(name => new CultureInfo(name)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Cultures.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = cookies.Culture }, new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Orders");
            options.Conventions.AuthorizeFolder("/Disputes");
            options.Conventions.AuthorizeFolder("/Evidence");
            options.Conventions.AuthorizeFolder("/Notifications");
            options.Conventions.AuthorizeFolder("/Conversations");
            options.Conventions.AuthorizeAreaFolder("Seller", "/", Roles.Seller);
            options.Conventions.AuthorizeAreaFolder("Moderation", "/", Roles.Moderator);
            options.Conventions.AuthorizeAreaFolder("Admin", "/", Roles.Administrator);
            options.Conventions.AuthorizeAreaPage("Identity", "/Account/Logout");
            options.Conventions.AuthorizeAreaFolder("Identity", "/Account/Manage");
        })
            .AddMvcOptions(options =>
            {
                options.ModelBinderProviders.Insert(0, new InputBinderProvider());
                // Required input is checked by the FluentValidation validators (called in the handlers) in the site's own
                // words; the framework's implicit [Required] on non-nullable strings would add "The X field is required."
                // beside them.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        // A session's security stamp is checked against the account at most every SecurityStampInterval, on the app's
        // clock: disabling a moderator or changing a password ends the account's other sessions within that time, and
        // the requests in between cost no reads of the account (a check reads the user, its claims and roles, and
        // reissues the cookie).
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((options, clock) =>
        {
            options.ValidationInterval = SecurityStampInterval;
            options.TimeProvider = clock;
        });
        if (!environment.IsDevelopment())
        {
            services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(180));
        }

        return services;
    }

    /// <summary>Staff pages need a sign-in whose account has two-factor sign-in on.</summary>
    private static bool HasSecondFactor(AuthorizationHandlerContext context) => !TwoFactorService.IsMissing(context.User);
}
