using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Disputes;

public sealed class DeadlineSweepTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Two_sweepers_over_a_thousand_overdue_disputes_apply_each_consequence_exactly_once()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var ids = await db.WithDbAsync(d => OverdueDisputes.CreateAsync(d, buyer.Id, seller, 1000, db.Clock.GetUtcNow()));
        db.Clock.Advance(OverdueDisputes.SellerResponse + TimeSpan.FromSeconds(1));

        var applied = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            db.InScopeAsync(s => s.GetRequiredService<DeadlineSweep>().SweepAsync(batchSize: 50)))));
        var again = await db.InScopeAsync(s => s.GetRequiredService<DeadlineSweep>().SweepAsync());

        Assert.Equal(1000, applied.Sum());
        Assert.Equal(0, again);
        var statuses = await db.WithDbAsync(d => d.Disputes.Where(x => ids.Contains(x.Id)).GroupBy(x => new { x.Status, x.SellerUnresponsive }).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        var only = Assert.Single(statuses);
        Assert.Equal((DisputeStatus.InMediation, true, 1000), (only.Key.Status, only.Key.SellerUnresponsive, only.Count));
        var escalations = await db.WithDbAsync(d => d.DisputeEvents
            .Where(e => ids.Contains(e.DisputeId) && e.Kind == DisputeEventKind.Escalated && e.Actor == ActorKind.System)
            .GroupBy(e => e.DisputeId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(1000, escalations.Count);
        Assert.All(escalations, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Nothing_happens_one_second_before_the_deadline_and_the_consequence_one_second_after()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var id = Assert.Single(await db.WithDbAsync(d => OverdueDisputes.CreateAsync(d, buyer.Id, seller, 1, db.Clock.GetUtcNow())));
        var deadline = await db.WithDbAsync(d => d.Disputes.Where(x => x.Id == id).Select(x => x.NextDeadlineAt!.Value).SingleAsync());

        db.Clock.SetUtcNow(deadline - TimeSpan.FromSeconds(1));
        await db.InScopeAsync(s => s.GetRequiredService<DeadlineSweep>().SweepAsync());
        var before = await db.WithDbAsync(d => d.Disputes.Where(x => x.Id == id).Select(x => x.Status).SingleAsync());

        db.Clock.SetUtcNow(deadline + TimeSpan.FromSeconds(1));
        await db.InScopeAsync(s => s.GetRequiredService<DeadlineSweep>().SweepAsync());
        var after = await db.WithDbAsync(d => d.Disputes.Where(x => x.Id == id).Select(x => x.Status).SingleAsync());

        Assert.Equal(DisputeStatus.AwaitingSeller, before);
        Assert.Equal(DisputeStatus.InMediation, after);
    }
}
