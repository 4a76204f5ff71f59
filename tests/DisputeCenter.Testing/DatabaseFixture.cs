using DisputeCenter.Services.Persistence;
using DisputeCenter.Services.Startup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace DisputeCenter.Testing;

/// <summary>A database of its own for one test class, and the service layer wired to it with a fake clock.</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private ServiceProvider? _services;

    private (string Connection, string Owner)? _attached;

    public FakeTimeProvider Clock { get; private init; } = new(Start);

    public string DatabaseName { get; private set; } = string.Empty;

    /// <summary>The app's connection, as <see cref="TestPostgres.ApplicationLogin"/>.</summary>
    public string ConnectionString => _attached?.Connection ?? TestPostgres.ConnectionStringFor(DatabaseName);

    /// <summary>The owner's connection: for a test that plays someone with more rights than the app.</summary>
    public string OwnerConnectionString => _attached?.Owner ?? TestPostgres.OwnerConnectionStringFor(DatabaseName);

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture is not initialised.");

    public TestData Data => new(this);

    public async Task InitializeAsync()
    {
        DatabaseName = await TestPostgres.CreateDatabaseAsync();
        _services = TestPostgres.BuildServices(ConnectionString, Clock, owner: OwnerConnectionString);
    }

    /// <summary>
    /// A fixture on a database that runs elsewhere (a web farm's), which it neither creates nor drops; its clock starts at
    /// <paramref name="now"/>.
    /// </summary>
    public static DatabaseFixture Attach(string connectionString, string ownerConnectionString, DateTimeOffset now)
    {
        var fixture = new DatabaseFixture { _attached = (connectionString, ownerConnectionString), Clock = new FakeTimeProvider(now) };
        fixture.DatabaseName = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
        fixture._services = TestPostgres.BuildServices(connectionString, fixture.Clock, owner: ownerConnectionString);
        return fixture;
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_attached is null)
        {
            await TestPostgres.DropDatabaseAsync(DatabaseName);
        }
    }

    /// <summary>Runs <paramref name="action"/> in a fresh scope, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> action) =>
        InScopeAsync<bool>(async services =>
        {
            await action(services);
            return true;
        });

    /// <summary>Runs <paramref name="action"/> on a context connected as the owner, who may do what the app may not.</summary>
    public async Task<T> WithOwnerDbAsync<T>(Func<DisputeCenterDbContext, Task<T>> action)
    {
        await using var owner = new DatabaseOwner(OwnerConnectionString).CreateContext()!;
        return await action(owner);
    }

    public Task<T> WithDbAsync<T>(Func<DisputeCenterDbContext, Task<T>> action) =>
        InScopeAsync(services => action(services.GetRequiredService<DisputeCenterDbContext>()));
}
