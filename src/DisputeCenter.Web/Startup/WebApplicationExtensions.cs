using DisputeCenter.Web.Api;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace DisputeCenter.Web.Startup;

public static class WebApplicationExtensions
{
    public static WebApplication UseDisputeCenterWeb(this WebApplication app)
    {
        // First, so that every response carries the headers: pages, static files, redirects, errors.
        app.UseSecurityHeaders();
        // Scheme, host and client address as the trusted proxy saw them, before anything reads them (HSTS, the HTTPS
        // redirect, cookies' Secure flag, the rate limiter's partition, the upload's same-origin check).
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        if (app.Environment.IsProduction())
        {
            // Health probes come from the load balancer straight to the instance, over plain HTTP: answered, not redirected.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase), branch => branch.UseHttpsRedirection());
        }

        app.UseCookiePolicy();

        app.UseStatusCodePagesWithReExecute("/StatusCode/{0}");
        app.UseApiProblems();
        app.UseRequestLocalization();
        app.UseUserTimeZone();
        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAccountGates();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseIdempotencyKeys();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Services.ServiceCollectionExtensions.ReadyTag) });
        app.MapRazorPages();
        app.MapDisputeCenterApi();
        return app;
    }
}
