using DisputeCenter.Services.Persistence;
using DisputeCenter.Services.Seeding;
using Microsoft.EntityFrameworkCore;
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
        if (environment.IsProduction())
        {
            await RefuseDemoAccountsAsync(scope.ServiceProvider.GetRequiredService<DisputeCenterDbContext>(), cancellationToken);
        }
    }

    /// <summary>
    /// Production never runs with the demo accounts: their passphrase is in the README. A database that has them (a
    /// Development database promoted by mistake) stops start-up until they are removed.
    /// </summary>
    public static async Task RefuseDemoAccountsAsync(DisputeCenterDbContext db, CancellationToken cancellationToken = default)
    {
        var demo = DemoAccounts.All.Select(a => a.Email.ToUpperInvariant()).ToList();
        var found = await db.Users.Where(u => demo.Contains(u.NormalizedEmail!)).Select(u => u.Email!).OrderBy(e => e).ToListAsync(cancellationToken);
        if (found.Count > 0)
        {
            throw new InvalidOperationException(
                $"Refusing to start in Production: the database holds the demo accounts ({string.Join(", ", found)}), whose passphrase is published. Remove them first.");
        }
    }
}
