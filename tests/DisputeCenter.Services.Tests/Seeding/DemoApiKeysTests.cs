using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Seeding;
using DisputeCenter.Services.Startup;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Seeding;

public sealed class DemoApiKeysTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static Task<IssuedKey?> IssueAsync(DatabaseFixture on) => on.InScopeAsync(s => s.GetRequiredService<DemoApiKeys>().IssueAsync());

    private Task<ApiCaller?> AuthenticateAsync(string key) => db.InScopeAsync(s => s.GetRequiredService<IntegrationClientService>().AuthenticateAsync(key));

    [Fact]
    public async Task A_database_without_the_demo_accounts_gets_no_key()
    {
        var plain = new DatabaseFixture();
        await plain.InitializeAsync();
        try
        {
            await plain.Data.UserAsync(DisputeCenter.Services.Accounts.Roles.Administrator, "Real Admin");

            Assert.Null(await IssueAsync(plain));
            Assert.Equal(0, await plain.WithDbAsync(d => d.IntegrationClients.CountAsync()));
        }
        finally
        {
            await plain.DisposeAsync();
        }
    }

    [Fact]
    public async Task On_the_demo_database_each_key_is_new_and_works_and_the_third_retires_the_first()
    {
        await db.InScopeAsync(s => s.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true));

        var first = await IssueAsync(db);
        var second = await IssueAsync(db);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first.Secret, second.Secret);
        Assert.StartsWith("dck_", first.Secret, StringComparison.Ordinal);
        var caller = await AuthenticateAsync(first.Secret);
        Assert.NotNull(caller);
        Assert.Equal(DemoApiKeys.ClientName, caller.Name);
        Assert.Equal(ApiScopes.All.Order(StringComparer.Ordinal), caller.Scopes.Order(StringComparer.Ordinal));
        Assert.Null(caller.SellerUserId);
        Assert.NotNull(await AuthenticateAsync(second.Secret));

        var third = await IssueAsync(db);

        Assert.Null(await AuthenticateAsync(first.Secret));
        Assert.NotNull(await AuthenticateAsync(second.Secret));
        Assert.NotNull(await AuthenticateAsync(third!.Secret));
        Assert.Equal(1, await db.WithDbAsync(d => d.IntegrationClients.CountAsync(c => c.Name == DemoApiKeys.ClientName)));
    }
}
