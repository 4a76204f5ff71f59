using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Services.Seeding;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Seeding;

public sealed class DemoDataSeederTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Seeding_twice_leaves_one_set_of_demo_data_covering_every_situation()
    {
        await db.InScopeAsync(s => s.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true));
        await db.InScopeAsync(s => s.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true));

        var orders = await db.WithDbAsync(d => d.Orders.Include(o => o.Lines).AsNoTracking().ToListAsync());
        var users = await db.WithDbAsync(d => d.Users.CountAsync());
        var sellers = await db.WithDbAsync(d => d.Sellers.CountAsync());

        Assert.Equal(DemoAccounts.All.Count, users);
        Assert.Equal(DemoAccounts.Sellers.Count, sellers);
        Assert.True(orders.Count >= 60, $"{orders.Count} demo orders");
        var now = db.Clock.GetUtcNow();
        Assert.Equal(Enum.GetValues<OrderStatus>().Order(), orders.Select(o => o.StatusAt(now)).Distinct().Order());
        Assert.Contains(orders, o => o.DeliveredAt < now.AddDays(-90));
        Assert.True(orders.SelectMany(o => o.Lines).Select(l => l.CategoryCode).Distinct().Count() >= 4);
    }
}
