using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Domain.Support;
using DisputeCenter.Services.Seeding;
using DisputeCenter.Services.Startup;
using DisputeCenter.Services.Support;
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

    [Fact]
    public async Task Seeding_leaves_one_set_of_demo_disputes_in_the_states_a_demo_needs()
    {
        await db.InScopeAsync(s => s.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true));
        await db.InScopeAsync(s => s.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true));

        var disputes = await db.WithDbAsync(d => d.Disputes.Include(x => x.Offers).AsNoTracking().ToListAsync());
        var moderators = await db.WithDbAsync(d => d.Users.Where(u => u.Email!.StartsWith("moderator")).ToDictionaryAsync(u => u.Email!, u => u.Id));

        Assert.Equal(8, disputes.Count);
        Assert.Equal(
            [DisputeStatus.AwaitingSeller, DisputeStatus.Negotiating, DisputeStatus.InMediation, DisputeStatus.InMediation,
             DisputeStatus.AwaitingInformation, DisputeStatus.Decided, DisputeStatus.AwaitingReturn, DisputeStatus.UnderAppeal],
            disputes.Select(d => d.Status).Order());
        Assert.Contains(disputes, d => d.Status == DisputeStatus.Negotiating && d.Offers.Any(o => o.MadeBy == Party.Seller && o.IsStanding));
        var queued = disputes.Where(d => d.Status == DisputeStatus.InMediation).ToList();
        Assert.Single(queued, d => d.ModeratorStalled && d.AssignedModeratorId is null);
        Assert.Single(queued, d => !d.ModeratorStalled && d.AssignedModeratorId is null);
        var appeal = disputes.Single(d => d.Status == DisputeStatus.UnderAppeal);
        Assert.Equal(moderators[DemoAccounts.Moderator.Email], appeal.AppealedDecisionModeratorId);
        Assert.Contains(DemoAccounts.Moderator2.Email, moderators.Keys);
        var now = db.Clock.GetUtcNow();
        Assert.All(disputes.Where(d => d.NextDeadlineAt is not null), d => Assert.True(d.NextDeadlineAt > now, $"{d.Status} is already overdue"));
        var chains = await db.WithDbAsync(d => d.DisputeEvents.GroupBy(e => e.DisputeId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(disputes.Sum(d => d.TimelineLength), chains.Sum());
    }

    [Fact]
    public async Task Seeding_twice_leaves_one_set_of_support_tickets_some_waiting_in_the_queue_and_one_answered()
    {
        await db.InScopeAsync(s => s.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true));
        await db.InScopeAsync(s => s.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true));

        var moderator = await db.WithDbAsync(d => d.Users.Where(u => u.Email == DemoAccounts.Moderator.Email).Select(u => u.Id).SingleAsync());
        var queue = await db.InScopeAsync(s => s.GetRequiredService<SupportQueueService>().QueueAsync(moderator, new SupportQueueQuery()));
        var answered = await db.InScopeAsync(s => s.GetRequiredService<SupportQueueService>().QueueAsync(moderator, new SupportQueueQuery { View = SupportQueueView.WaitingForCustomer }));

        Assert.Equal(2, queue.TotalCount);
        Assert.True(queue.Items[0].WaitingSince < queue.Items[1].WaitingSince);
        Assert.Equal(SupportTopic.ReportAUser, Assert.Single(answered.Items).Topic);
        Assert.Equal(3, await db.WithDbAsync(d => d.SupportTickets.CountAsync()));
    }
}
