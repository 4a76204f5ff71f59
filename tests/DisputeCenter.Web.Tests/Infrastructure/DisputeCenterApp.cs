using DisputeCenter.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DisputeCenter.Web.Tests.Infrastructure;

/// <summary>The real app (real Identity, real PostgreSQL) in-process, on a database of its own.</summary>
public sealed class DisputeCenterApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly DatabaseFixture _database = new();

    public FakeTimeProvider Clock => _database.Clock;

    public TestData Data => _database.Data;

    public DatabaseFixture Database => _database;

    public async Task InitializeAsync()
    {
        ClientOptions.BaseAddress = SiteAddress;
        await _database.InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (so tests can see them).</summary>
    /// <remarks>
    /// Over https://localhost, as the site is reached in production (behind TLS): its cookies are Secure and carry the
    /// __Host- prefix outside Development, so a client on plain HTTP would never send them back.
    /// </remarks>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = SiteAddress });

    public static Uri SiteAddress { get; } = new("https://localhost");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{DisputeCenter.Services.ServiceCollectionExtensions.ConnectionStringName}", _database.ConnectionString);
        builder.UseSetting($"ConnectionStrings:{DisputeCenter.Services.ServiceCollectionExtensions.OwnerConnectionStringName}", _database.OwnerConnectionString);
        // The test server gives every request the same (no) client address, so a class's many sign-ins would share one
        // rate-limit partition; RateLimitTests sets small limits of its own and varies the address.
        foreach (var limit in new[] { "SignInPerAddress", "SignInPerAccountAndAddress", "RegistrationPerAddress", "AccountEmailsPerAddress" })
        {
            builder.UseSetting($"RateLimits:{limit}:Permits", "100000");
        }

        // Tests run webhook rounds themselves (WebhookDispatcher.SendDueAsync), so no background sender races them.
        builder.UseSetting("Webhooks:SenderEnabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
