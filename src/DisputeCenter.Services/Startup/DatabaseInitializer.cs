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
    DisputeCenterDbContext db,
    DatabaseOwner owner,
    RoleManager<IdentityRole> roles,
    DeadlinePolicyService policies,
    DemoDataSeeder demoData,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(
        bool seedDemoData, UnknownMigrations unknownMigrations = UnknownMigrations.Refuse, CancellationToken cancellationToken = default)
    {
        await using (var ownerContext = owner.CreateContext())
        {
            await MigrateAsync(ownerContext ?? db, unknownMigrations, cancellationToken);
            if (ownerContext is not null
                && DatabaseOwner.ApplicationLogin(owner.ConnectionString!, db.Database.GetConnectionString()!) is { } login)
            {
                // An identifier cannot be a parameter: quoted, with its quotes doubled.
                var grant = $"GRANT {DatabaseOwner.ApplicationRole} TO \"{login.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
                await ownerContext.Database.ExecuteSqlRawAsync(grant, cancellationToken);
            }
        }

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

    private async Task MigrateAsync(DisputeCenterDbContext migrating, UnknownMigrations unknownMigrations, CancellationToken cancellationToken)
    {
        await EnsureHistoryTableAsync(migrating, cancellationToken);
        var unknown = await UnknownAppliedMigrationsAsync(migrating, cancellationToken);
        if (unknown.Count > 0)
        {
            var database = migrating.Database.GetDbConnection().Database;
            if (unknownMigrations != UnknownMigrations.RecreateDatabase)
            {
                var refusal = new UnknownMigrationsException(database, unknown);
                LogRefused(logger, refusal.Message);
                throw refusal;
            }

            LogRecreating(logger, database, unknown.Count, string.Join(", ", unknown));
            await migrating.Database.EnsureDeletedAsync(cancellationToken);
            await EnsureHistoryTableAsync(migrating, cancellationToken);
        }

        await migrating.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// Creates the database if it is missing and an empty history table if there is none. On PostgreSQL, EF reads the history by
    /// trying the SELECT and catching "no such table", which logs a (harmless) "Failed executing DbCommand" error on a new database;
    /// with the table in place neither our check below nor the migration runs into it.
    /// </summary>
    private static async Task EnsureHistoryTableAsync(DisputeCenterDbContext migrating, CancellationToken cancellationToken)
    {
        var creator = migrating.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        await migrating.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
    }

    /// <summary>Migrations the history says were applied but this build does not have (EF compares the ids ignoring case).</summary>
    private static async Task<List<string>> UnknownAppliedMigrationsAsync(DisputeCenterDbContext migrating, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(migrating.Database.GetMigrations(), StringComparer.OrdinalIgnoreCase);
        var applied = await migrating.Database.GetAppliedMigrationsAsync(cancellationToken);
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
