using DisputeCenter.Services;
using DisputeCenter.Services.Startup;
using DisputeCenter.Web.Startup;
using Serilog;

if (args.Contains(HealthProbe.Argument))
{
    return await HealthProbe.RunAsync();
}

if (args.Contains(DemoApiKeyCommand.Argument))
{
    return await DemoApiKeyCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
ProductionSettings.ThrowIfUnsafe(builder.Configuration, builder.Environment);

// Each host keeps its own logger (preserveStaticLogger): otherwise every host in the process writes through the static
// Log.Logger, which the host built last replaces, so side-by-side hosts (the tests) would log into each other's sinks.
builder.Services.AddSerilog(
    (services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext(),
    preserveStaticLogger: true);

builder.Services.AddDisputeCenter(builder.Configuration);
builder.Services.AddDisputeCenterWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

await app.Services.InitializeDatabaseAsync(app.Environment);
app.Services.RemoveAbandonedUploads();

app.UseDisputeCenterWeb();

await app.RunAsync();
return 0;
