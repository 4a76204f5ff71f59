using DisputeCenter.Services.Persistence;
using DisputeCenter.Services.Seeding;
using DisputeCenter.Services.Startup;
using DisputeCenter.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DisputeCenter.Services.Tests.Startup;

/// <summary>Start-up's database step on a real PostgreSQL: a first start, and a database an older build migrated.</summary>
public sealed class DatabaseInitializerTests : IAsyncLifetime
{
    /// <summary>The history of a database migrated before the migrations were squashed into one.</summary>
    private static readonly string[] SquashedMigrations =
    [
        "20261125164813_InitialCreate", "20261125165453_DisputeLifecycle", "20261125171508_EvidenceVault", "20261125180805_Notifications",
        "20261125215534_Moderation", "20261126003653_FilingDraftsAndConversationAttachments", "20261126005921_AccountPreferences",
    ];

    private readonly RecordedLogs _logs = new();
    private string _database = string.Empty;
    private ServiceProvider? _services;

    private ServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_database.Length > 0)
        {
            await TestPostgres.DropDatabaseAsync(_database);
        }

        _logs.Dispose();
    }

    [Fact]
    public async Task A_first_start_on_an_empty_database_migrates_it_without_logging_an_error()
    {
        await UseAsync(await TestPostgres.CreateEmptyDatabaseAsync());

        await Services.InitializeDatabaseAsync(new Environment(Environments.Development));

        Assert.Empty(_logs.AtLeast(LogLevel.Warning).Select(e => $"{e.Level} {e.Category}: {e.Message}"));
        Assert.Equal(KnownMigrations(), await AppliedMigrationsAsync());
        Assert.Equal(DemoAccounts.All.Count, await InDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task In_development_a_database_an_older_build_migrated_is_recreated_and_seeded_with_a_warning_saying_why()
    {
        await UseOlderBuildsDatabaseAsync();

        await Services.InitializeDatabaseAsync(new Environment(Environments.Development));

        Assert.Equal(KnownMigrations(), await AppliedMigrationsAsync());
        Assert.False(await InDbAsync(db => db.Roles.AnyAsync(r => r.Name == "Left over")), "the old data is gone");
        Assert.Equal(DemoAccounts.All.Count, await InDbAsync(db => db.Users.CountAsync()));
        var warning = Assert.Single(_logs.AtLeast(LogLevel.Warning));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains($"Recreating the development database '{_database}'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("7 migration(s) this build does not know", warning.Message, StringComparison.Ordinal);
        Assert.Contains(SquashedMigrations[^1], warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_development_start_up_refuses_a_database_an_older_build_migrated_and_says_what_to_do(string environment)
    {
        await UseOlderBuildsDatabaseAsync();

        var refusal = await Assert.ThrowsAsync<UnknownMigrationsException>(() => Services.InitializeDatabaseAsync(new Environment(environment)));

        Assert.Equal(SquashedMigrations, refusal.MigrationIds);
        Assert.Contains($"The database '{_database}' was migrated by another build of DisputeCenter", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("20261125164813_InitialCreate", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Point ConnectionStrings__DisputeCenter at a new, empty database", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Critical && e.Message == refusal.Message);
        Assert.Equal(SquashedMigrations, await AppliedMigrationsAsync());
        Assert.True(await InDbAsync(db => db.Roles.AnyAsync(r => r.Name == "Left over")), "the data is left alone");
    }

    [Fact]
    public async Task Production_refuses_a_database_that_holds_the_demo_accounts()
    {
        await UseAsync(await TestPostgres.CreateDatabaseAsync());
        await Services.InitializeDatabaseAsync(new Environment(Environments.Development));

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => Services.InitializeDatabaseAsync(new Environment(Environments.Production)));

        Assert.Contains("the database holds the demo accounts (", refusal.Message, StringComparison.Ordinal);
        Assert.All(DemoAccounts.All, account => Assert.Contains(account.Email, refusal.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_database_this_build_migrated_starts_as_before()
    {
        await UseAsync(await TestPostgres.CreateDatabaseAsync());

        await Services.InitializeDatabaseAsync(new Environment(Environments.Production));

        Assert.Empty(_logs.AtLeast(LogLevel.Warning));
        Assert.Equal(KnownMigrations(), await AppliedMigrationsAsync());
    }

    private async Task UseAsync(string database)
    {
        _database = database;
        _services = TestPostgres.BuildServices(TestPostgres.ConnectionStringFor(database), TimeProvider.System, _logs, owner: TestPostgres.OwnerConnectionStringFor(database));
    }

    /// <summary>A database with this build's schema and some data, whose history is the one the migrations before the squash left.</summary>
    private async Task UseOlderBuildsDatabaseAsync()
    {
        await UseAsync(await TestPostgres.CreateDatabaseAsync());
        await using (var db = new DatabaseOwner(TestPostgres.OwnerConnectionStringFor(_database)).CreateContext()!)
        {
            db.Roles.Add(new IdentityRole("Left over"));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM __ef_migrations_history");
            foreach (var id in SquashedMigrations)
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO __ef_migrations_history (migration_id, product_version) VALUES ({id}, '10.0.15')");
            }
        }

        NpgsqlConnection.ClearAllPools();
    }

    private List<string> KnownMigrations()
    {
        using var scope = Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<DisputeCenterDbContext>().Database.GetMigrations()];
    }

    private Task<List<string>> AppliedMigrationsAsync() => InDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());

    private async Task<T> InDbAsync<T>(Func<DisputeCenterDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<DisputeCenterDbContext>());
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "DisputeCenter.Services.Tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
