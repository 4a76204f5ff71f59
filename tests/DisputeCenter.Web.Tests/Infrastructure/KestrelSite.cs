using System.Net;
using DisputeCenter.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests.Infrastructure;

/// <summary>
/// The real app on real Kestrel over plain loopback HTTP, as an integration on the same machine reaches it, on a database of
/// its own, with its background webhook sender running (a round every second) and a <see cref="ShiftedClock"/>: for a
/// program outside the test (the marketplace sample) that calls the API and receives the app's webhooks.
/// </summary>
public sealed class KestrelSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly DatabaseFixture _database = new();
    private Uri? _address;

    public ShiftedClock Clock { get; } = new();

    public DatabaseFixture Database => _database;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address => _address ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        _address = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{DisputeCenter.Services.ServiceCollectionExtensions.ConnectionStringName}", _database.ConnectionString);
        builder.UseSetting($"ConnectionStrings:{DisputeCenter.Services.ServiceCollectionExtensions.OwnerConnectionStringName}", _database.OwnerConnectionString);
        builder.UseSetting("Webhooks:SenderEnabled", "true");
        builder.UseSetting("Webhooks:SendIntervalSeconds", "1");
        // Nothing else runs on the clock behind the test's back: no deadline sweeps, no email sending.
        builder.UseSetting("Deadlines:SweeperEnabled", "false");
        builder.UseSetting("Email:SenderEnabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
