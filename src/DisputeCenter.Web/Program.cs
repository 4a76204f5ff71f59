using DisputeCenter.Services;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Web.Infrastructure;
using Serilog;

if (args.Contains(HealthProbe.Argument))
{
    return await HealthProbe.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext());

builder.Services.AddDisputeCenter(builder.Configuration);
builder.Services.AddDisputeCenterWeb(builder.Environment);

var app = builder.Build();

if (app.Configuration.GetValue("Database:MigrateOnStartup", defaultValue: true))
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
        .InitializeAsync(seedDemoData: app.Environment.IsDevelopment() && app.Configuration.GetValue("Database:SeedDemoData", defaultValue: true));
}

app.UseDisputeCenterWeb();

await app.RunAsync();
return 0;
