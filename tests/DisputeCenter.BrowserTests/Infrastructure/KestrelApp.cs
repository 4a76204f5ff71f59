using System.Net;
using DisputeCenter.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DisputeCenter.BrowserTests.Infrastructure;

/// <summary>
/// The real app on real Kestrel, on a free loopback port, so a real browser can reach it; on a database of its own,
/// with the fixture's fake clock as the app's <see cref="TimeProvider"/> (tests move time instead of sleeping).
/// It speaks HTTPS with a self-signed certificate made for the run, as production does behind its TLS proxy: outside
/// Development the site's cookies are Secure <c>__Host-</c> cookies, which a browser keeps only over HTTPS.
/// </summary>
public sealed class KestrelApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly DatabaseFixture _database = new();
    private Uri? _address;

    public FakeTimeProvider Clock => _database.Clock;

    public TestData Data => _database.Data;

    public DatabaseFixture Database => _database;

    /// <summary>Where the app listens, e.g. https://127.0.0.1:41234/.</summary>
    public Uri Address => _address ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var certificate = TestCertificates.SelfSigned();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        _address = new Uri(addresses.First());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        builder.UseSetting($"ConnectionStrings:{DisputeCenter.Services.ServiceCollectionExtensions.ConnectionStringName}", _database.ConnectionString);
        builder.UseSetting($"ConnectionStrings:{DisputeCenter.Services.ServiceCollectionExtensions.OwnerConnectionStringName}", _database.OwnerConnectionString);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
