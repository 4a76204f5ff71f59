using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Startup;
using DisputeCenter.Testing;
using DisputeCenter.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

/// <summary><c>--demo-api-key</c>, which script/api-key runs for the marketplace sample.</summary>
public sealed class DemoApiKeyCommandTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private async Task<(int Exit, string Output, string Error)> RunAsync(string environment)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await DemoApiKeyCommand.RunAsync(
            [DemoApiKeyCommand.Argument, "--environment", environment, $"--ConnectionStrings:DisputeCenter={db.ConnectionString}"], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_Development_it_refuses_and_makes_no_key_even_on_the_demo_database(string environment)
    {
        await db.InScopeAsync(s => s.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true));
        var keysBefore = await db.WithDbAsync(d => d.ApiKeys.CountAsync());

        var (exit, output, error) = await RunAsync(environment);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("Development", error, StringComparison.Ordinal);
        Assert.Equal(keysBefore, await db.WithDbAsync(d => d.ApiKeys.CountAsync()));
    }

    [Fact]
    public async Task In_Development_on_the_demo_database_it_prints_only_a_working_key()
    {
        await db.InScopeAsync(s => s.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true));

        var (exit, output, error) = await RunAsync("Development");

        Assert.True(exit == 0, error);
        var key = output.TrimEnd('\n');
        Assert.Matches("^dck_[^\\s]+$", key);
        Assert.NotNull(await db.InScopeAsync(s => s.GetRequiredService<IntegrationClientService>().AuthenticateAsync(key)));
    }
}
