using DisputeCenter.Services;
using DisputeCenter.Services.Startup;
using DisputeCenter.Web.Startup;
using Serilog;

if (args.Contains(HealthProbe.Argument))
{
    return await HealthProbe.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);
ProductionSettings.ThrowIfUnsafe(builder.Configuration, builder.Environment);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext());

builder.Services.AddDisputeCenter(builder.Configuration);
builder.Services.AddDisputeCenterWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

await app.Services.InitializeDatabaseAsync(app.Environment);

app.UseDisputeCenterWeb();

await app.RunAsync();
return 0;
