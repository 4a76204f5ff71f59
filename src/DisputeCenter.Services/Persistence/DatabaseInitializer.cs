using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Services.Persistence;

/// <summary>Brings a database up to date at start-up: migrations, the roles, and (in Development) the demo data.</summary>
public sealed partial class DatabaseInitializer(
    DisputeCenterDbContext db, RoleManager<IdentityRole> roles, DeadlinePolicyService policies, DemoDataSeeder demoData, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoData, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await policies.EnsureDefaultsAsync(cancellationToken);
        if (seedDemoData)
        {
            await demoData.SeedAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date")]
    private static partial void LogMigrated(ILogger logger);
}
