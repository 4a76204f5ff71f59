using DisputeCenter.Services;
using DisputeCenter.Services.Seeding;

namespace DisputeCenter.Web.Startup;

/// <summary>
/// <c>dotnet DisputeCenter.Web.dll --demo-api-key</c>, which script/api-key runs: prints a new key (and nothing else) on
/// standard output for the "Marketplace sample" integration client of the demo site, for samples/MarketplaceSample.
/// In Development only, on a database script/server has migrated and seeded with the demo accounts; anywhere else it
/// refuses and makes nothing. Each key is random and shown this once, like every key the administrators make.
/// </summary>
public static class DemoApiKeyCommand
{
    public const string Argument = "--demo-api-key";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var builder = WebApplication.CreateBuilder(args.Where(a => a != Argument).ToArray());
        builder.Logging.ClearProviders();
        if (!builder.Environment.IsDevelopment())
        {
            await error.WriteLineAsync(
                $"Refusing to make a demo API key in {builder.Environment.EnvironmentName}: it is for the demo site (Development) only. " +
                "An administrator makes real keys at /Admin/Integrations.");
            return 1;
        }

        builder.Services.AddDisputeCenter(builder.Configuration);
        await using var services = builder.Services.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<DemoApiKeys>().IssueAsync() is not { } issued)
        {
            await error.WriteLineAsync("The database has no demo accounts: start the site with script/server first (it seeds them), then run this again.");
            return 1;
        }

        await output.WriteLineAsync(issued.Secret);
        return 0;
    }
}
