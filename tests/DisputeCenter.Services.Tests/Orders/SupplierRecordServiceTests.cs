using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Services.Orders.SupplierRecords;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Orders;

public sealed class SupplierRecordServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_record_counts_disputes_decisions_against_the_seller_and_the_median_answer_time()
    {
        var filed = await db.FileAsync(unitPrice: 50m, quantity: 2);
        var moderator = await db.Data.ModeratorAsync();
        db.Clock.Advance(TimeSpan.FromHours(10));
        (await db.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .SellerRejectAsync(filed.DisputeId, filed.SellerUser.Id, "The goods left us in perfect order."))).ThrowIfFailed();
        (await db.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .RequestMediationAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id)))).ThrowIfFailed();
        (await db.InScopeAsync(s => s.GetRequiredService<MediationService>().AssignAsync(filed.DisputeId, moderator.Id))).ThrowIfFailed();
        (await db.DecideAsync(filed.DisputeId, moderator.Id, Outcome.PartialRefund, 30m, "The buyer's photos show the defect clearly.")).ThrowIfFailed();
        await db.Data.OrderAsync(filed.Buyer.Id, filed.Seller.Id);

        var record = await db.InScopeAsync(s => s.GetRequiredService<SupplierRecordService>().ForSellerAsync(filed.Seller.Id));

        Assert.Equal((2, 1, 1, 1), (record.Orders, record.Disputes, record.Decided, record.DecidedAgainst));
        Assert.Equal(0.5, record.DisputeRate);
        Assert.Equal(TimeSpan.FromHours(10), record.MedianResponseTime);
    }

    [Fact]
    public async Task The_record_is_read_from_the_read_replica_when_one_is_configured()
    {
        var filed = await db.FileAsync();
        var replica = await TestPostgres.CreateDatabaseAsync();
        try
        {
            // A "replica" that has not caught up at all: a database with the schema and none of the primary's rows.
            await using var services = TestPostgres.BuildServices(
                db.ConnectionString, db.Clock, configure: s => s.AddSingleton(ReplicaReads.For(TestPostgres.ConnectionStringFor(replica))));

            await using var scope = services.CreateAsyncScope();
            var fromReplica = await scope.ServiceProvider.GetRequiredService<SupplierRecordService>().ForSellerAsync(filed.Seller.Id);
            var fromPrimary = await db.InScopeAsync(s => s.GetRequiredService<SupplierRecordService>().ForSellerAsync(filed.Seller.Id));

            Assert.Equal((0, 0), (fromReplica.Orders, fromReplica.Disputes));
            Assert.Equal((1, 1), (fromPrimary.Orders, fromPrimary.Disputes));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(replica);
        }
    }

    [Fact]
    public async Task A_new_seller_has_an_empty_record_without_made_up_shares()
    {
        var (_, seller) = await db.Data.SellerAsync();

        var record = await db.InScopeAsync(s => s.GetRequiredService<SupplierRecordService>().ForSellerAsync(seller.Id));

        Assert.Equal((0, 0, null, null, null), (record.Orders, record.Disputes, record.DisputeRate, record.ShareDecidedAgainst, record.MedianResponseTime));
    }

    [Fact]
    public async Task The_sellers_own_record_has_the_buyers_figures_and_how_each_dispute_ended()
    {
        var (sellerUser, seller) = await db.Data.SellerAsync("Own Record Ltd");
        var moderator = await db.Data.ModeratorAsync();
        var ids = await db.FileAgainstAsync(seller, DisputeReason.NotAsDescribed, DisputeReason.NotAsDescribed, DisputeReason.NotAsDescribed, DisputeReason.NotAsDescribed);
        var (decided, settled, withdrawn) = (ids[0], ids[1], ids[2]);
        var negotiation = (Func<Func<NegotiationService, Task<Common.Result>>, Task<Common.Result>>)(act => db.InScopeAsync(s => act(s.GetRequiredService<NegotiationService>())));
        (await negotiation(n => n.SellerRejectAsync(decided, sellerUser.Id, "The goods left us in perfect order."))).ThrowIfFailed();
        (await negotiation(n => n.RequestMediationAsync(decided, DisputeActor.Seller(sellerUser.Id)))).ThrowIfFailed();
        (await db.InScopeAsync(s => s.GetRequiredService<MediationService>().AssignAsync(decided, moderator.Id))).ThrowIfFailed();
        (await db.DecideAsync(decided, moderator.Id, Outcome.PartialRefund, 30m, "The buyer's photos show the defect clearly.")).ThrowIfFailed();
        (await negotiation(n => n.SellerAcceptClaimAsync(settled, sellerUser.Id))).ThrowIfFailed();
        var buyer = await db.WithDbAsync(d => Task.FromResult(d.Disputes.Single(x => x.Id == withdrawn).BuyerId));
        (await negotiation(n => n.WithdrawAsync(withdrawn, buyer, "The seller sent the missing part."))).ThrowIfFailed();

        var own = await db.InScopeAsync(s => s.GetRequiredService<SupplierRecordService>().ForSellerAccountAsync(sellerUser.Id));
        var asBuyersSeeIt = await db.InScopeAsync(s => s.GetRequiredService<SupplierRecordService>().ForSellerAsync(seller.Id));

        Assert.NotNull(own);
        Assert.Equal(asBuyersSeeIt, own.Record);
        Assert.Equal((4, 4, 1, 1), (own.Record.Orders, own.Record.Disputes, own.Record.Decided, own.Record.DecidedAgainst));
        Assert.Equal(
            [
                new OutcomeCount(OutcomeEnding.DecidedByModerator, Outcome.PartialRefund, 1),
                new OutcomeCount(OutcomeEnding.Settled, Outcome.FullRefund, 1),
                new OutcomeCount(OutcomeEnding.Withdrawn, null, 1),
                new OutcomeCount(OutcomeEnding.StillOpen, null, 1),
            ],
            own.Outcomes);
        Assert.Equal(own.Record.Disputes, own.Outcomes.Sum(o => o.Count));
    }

    [Fact]
    public async Task An_account_that_runs_no_supplier_has_no_own_record()
    {
        var buyer = await db.Data.BuyerAsync();

        Assert.Null(await db.InScopeAsync(s => s.GetRequiredService<SupplierRecordService>().ForSellerAccountAsync(buyer.Id)));
    }
}
