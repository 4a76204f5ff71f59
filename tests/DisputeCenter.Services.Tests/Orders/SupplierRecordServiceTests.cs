using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Mediation;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Orders.SupplierRecords;
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
    public async Task A_new_seller_has_an_empty_record_without_made_up_shares()
    {
        var (_, seller) = await db.Data.SellerAsync();

        var record = await db.InScopeAsync(s => s.GetRequiredService<SupplierRecordService>().ForSellerAsync(seller.Id));

        Assert.Equal((0, 0, null, null, null), (record.Orders, record.Disputes, record.DisputeRate, record.ShareDecidedAgainst, record.MedianResponseTime));
    }
}
