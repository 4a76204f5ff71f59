using DisputeCenter.Services;
using DisputeCenter.Services.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DisputeCenter.Testing;

/// <summary>
/// The PostgreSQL server the tests run against (started by script/test), and a migrated template
/// database that each test class clones in about 100 ms.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "DISPUTECENTER_TEST_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _template;

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable)
        ?? throw new InvalidOperationException(
            $"{EnvironmentVariable} is not set. Run the tests with script/test, which starts a throwaway PostgreSQL, " +
            $"or point {EnvironmentVariable} at a server where you may create databases.");

    /// <summary>
    /// The login the app under test connects as: a member of <see cref="DatabaseOwner.ApplicationRole"/>, as in
    /// Production, so every test runs the app without the right to rewrite its audit trail (or to change the schema).
    /// </summary>
    public const string ApplicationLogin = "disputecenter_test_app";

    /// <summary>The app's connection to <paramref name="database"/>, as <see cref="ApplicationLogin"/>.</summary>
    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Username = ApplicationLogin }.ConnectionString;

    /// <summary>The owner's connection to <paramref name="database"/>: migrates, and may do what the app may not.</summary>
    public static string OwnerConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    /// <summary>A new, migrated database of its own.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            await EnsureApplicationLoginAsync();
            _template ??= await CreateTemplateAsync();
            var name = "dc_test_" + Guid.NewGuid().ToString("N")[..16];
            await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{_template}\"");
            return name;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A new database with nothing in it, as a newcomer's first start finds it.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        await EnsureApplicationLoginAsync();
        var name = "dc_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return name;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>Creates <see cref="ApplicationLogin"/> once; the initializer makes it a member of the application role.</summary>
    private static async Task EnsureApplicationLoginAsync()
    {
        // The login is cluster-wide and the test projects run side by side: whoever comes second finds it.
        await ExecuteAsync($$"""
            DO $$ BEGIN
                CREATE ROLE {{ApplicationLogin}} LOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$
            """);
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var name = "dc_template_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionStringFor(name)) { Pooling = false }.ConnectionString;
        await using (var services = BuildServices(connectionString, TimeProvider.System, owner: OwnerConnectionStringFor(name)))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropDatabaseAsync(name).GetAwaiter().GetResult();
        return name;
    }

    /// <summary>
    /// The service layer as the web app wires it, on <paramref name="connectionString"/> (with <paramref name="owner"/>'s
    /// connection to migrate, if given); <paramref name="logs"/> sees what it logs; <paramref name="configure"/> may add to it.
    /// </summary>
    public static ServiceProvider BuildServices(
        string connectionString, TimeProvider clock, ILoggerProvider? logs = null, Action<IServiceCollection>? configure = null, string? owner = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{ServiceCollectionExtensions.ConnectionStringName}"] = connectionString,
                [$"ConnectionStrings:{ServiceCollectionExtensions.OwnerConnectionStringName}"] = owner,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDisputeCenter(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
