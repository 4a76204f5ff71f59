using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Services.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Services.Startup;

/// <summary>Brings a database up to date at start-up: migrations, the roles, and (in Development) the demo data.</summary>
public sealed partial class DatabaseInitializer(
    DisputeCenterDbContext db, RoleManager<IdentityRole> roles, DeadlinePolicyService policies, DemoDataSeeder demoData, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(
        bool seedDemoData, UnknownMigrations unknownMigrations = UnknownMigrations.Refuse, CancellationToken cancellationToken = default)
    {
        await EnsureHistoryTableAsync(cancellationToken);
        var unknown = await UnknownAppliedMigrationsAsync(cancellationToken);
        if (unknown.Count > 0)
        {
            var database = db.Database.GetDbConnection().Database;
            if (unknownMigrations != UnknownMigrations.RecreateDatabase)
            {
                var refusal = new UnknownMigrationsException(database, unknown);
                LogRefused(logger, refusal.Message);
                throw refusal;
            }

            LogRecreating(logger, database, unknown.Count, string.Join(", ", unknown));
            await db.Database.EnsureDeletedAsync(cancellationToken);
            await EnsureHistoryTableAsync(cancellationToken);
        }

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

    /// <summary>
    /// Creates the database if it is missing and an empty history table if there is none. On PostgreSQL, EF reads the history by
    /// trying the SELECT and catching "no such table", which logs a (harmless) "Failed executing DbCommand" error on a new database;
    /// with the table in place neither our check below nor the migration runs into it.
    /// </summary>
    private async Task EnsureHistoryTableAsync(CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
    }

    /// <summary>Migrations the history says were applied but this build does not have (EF compares the ids ignoring case).</summary>
    private async Task<List<string>> UnknownAppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(db.Database.GetMigrations(), StringComparer.OrdinalIgnoreCase);
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        return applied.Where(id => !known.Contains(id)).Order(StringComparer.Ordinal).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date")]
    private static partial void LogMigrated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Recreating the development database '{Database}': it was migrated by another build of DisputeCenter " +
                  "(for example one from before the migrations were squashed into one), and its history holds {Count} migration(s) " +
                  "this build does not know ({Migrations}). Dropping it, migrating it afresh and seeding the demo data again.")]
    private static partial void LogRecreating(ILogger logger, string database, int count, string migrations);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Refusal}")]
    private static partial void LogRefused(ILogger logger, string refusal);
}
