using System.Net;
using DisputeCenter.Services;
using DisputeCenter.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DisputeCenter.Web.Tests;

/// <summary>The app in Production with its database gone: users see a friendly page, never a stack trace.</summary>
public sealed class UnavailableDatabaseTests : IClassFixture<UnavailableDatabaseTests.App>
{
    private readonly App _app;

    public UnavailableDatabaseTests(App app) => _app = app;

    [Fact]
    public async Task A_failure_shows_the_friendly_error_page_without_a_stack_trace()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync("/Identity/Account/Login");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sorry, something went wrong on our side", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at DisputeCenter.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_fails_while_liveness_holds()
    {
        // Over plain HTTP, as a load balancer probes an instance: answered, not sent to HTTPS.
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    public sealed class App : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            // What Production insists on (see ProductionSettings): a host list, encrypted Data Protection keys, an audit-trail key.
            builder.UseSetting("AuditTrail:CurrentKeyId", "test");
            builder.UseSetting("AuditTrail:Keys:test", Convert.ToBase64String(new byte[32]));
            builder.UseSetting("AllowedHosts", "localhost");
            builder.UseSetting(ServiceCollectionExtensions.DataProtectionCertificatePath, TestCertificates.WritePfx());
            builder.UseSetting($"ConnectionStrings:{ServiceCollectionExtensions.ConnectionStringName}", "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2");
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Deadlines:SweeperEnabled", "false");
        }
    }
}
