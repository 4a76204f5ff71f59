using DisputeCenter.Services.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Startup;

/// <summary>The one call start-up makes for the database.</summary>
public static class DatabaseStartup
{
    /// <summary>
    /// Unless <c>Database:MigrateOnStartup</c> is false: migrates the database, creates the roles and default policies and,
    /// in Development (unless <c>Database:SeedDemoData</c> is false), seeds the demo data. A database migrated by another
    /// build (its history holds migrations this build does not know) is recreated in Development and refused elsewhere.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IHostEnvironment environment, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.MigrateOnStartup)
        {
            return;
        }

        var development = environment.IsDevelopment();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(
            seedDemoData: development && options.SeedDemoData,
            development ? UnknownMigrations.RecreateDatabase : UnknownMigrations.Refuse,
            cancellationToken);
    }
}
