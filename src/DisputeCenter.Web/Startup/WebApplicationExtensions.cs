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
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/StatusCode/{0}");
        app.UseRequestLocalization();
        app.UseUserTimeZone();
        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Services.ServiceCollectionExtensions.ReadyTag) });
        app.MapRazorPages();
        return app;
    }
}
