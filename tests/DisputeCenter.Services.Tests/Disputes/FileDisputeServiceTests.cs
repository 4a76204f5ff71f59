using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Disputes.FileDispute;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Disputes;

public sealed class FileDisputeServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private Task<Result<Guid>> File(string buyerId, Guid orderId, decimal amount, Remedy remedy = Remedy.PartialRefund) =>
        db.InScopeAsync(s => s.GetRequiredService<FileDisputeService>().FileAsync(buyerId, new FileDisputeCommand
        {
            OrderId = orderId,
            Reason = DisputeReason.NotAsDescribed,
            Description = DisputeFlow.Description,
            AmountClaimed = amount,
            Remedy = remedy,
        }));

    private Task<int> DisputeCount(Guid orderId) => db.WithDbAsync(d => d.Disputes.CountAsync(x => x.OrderId == orderId));

    [Fact]
    public async Task Filing_without_contacting_the_seller_is_refused_and_stores_nothing()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);

        var result = await File(buyer.Id, order.Id, 5m);

        Assert.Equal(ResultStatus.Refused, result.Status);
        Assert.IsType<SellerMustBeContactedFirstRule>(result.BrokenRule);
        Assert.Equal(0, await DisputeCount(order.Id));
    }

    [Fact]
    public async Task Filing_inside_the_contact_period_names_the_time_it_opens()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);
        await db.ContactSellerAsync(buyer.Id, order.Id);
        db.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));

        var result = await File(buyer.Id, order.Id, 5m);

        Assert.IsType<SellerMustBeContactedFirstRule>(result.BrokenRule);
        Assert.Contains("Contact the seller first", result.Errors[0], StringComparison.Ordinal);
        Assert.Equal(0, await DisputeCount(order.Id));
    }

    [Fact]
    public async Task Filing_after_the_contact_period_records_the_dispute_its_deadlines_and_its_first_event()
    {
        var filed = await db.FileAsync();

        var dispute = await db.WithDbAsync(d => d.Disputes.Include(x => x.Offers).AsNoTracking().SingleAsync(x => x.Id == filed.DisputeId));
        var events = await db.WithDbAsync(d => d.DisputeEvents.Where(e => e.DisputeId == filed.DisputeId).ToListAsync());

        Assert.Equal(DisputeStatus.AwaitingSeller, dispute.Status);
        Assert.Equal(filed.Order.Total, dispute.AmountClaimed);
        Assert.Equal(DeadlinePolicy.DefaultRowId, dispute.Deadlines.PolicyId);
        Assert.Equal(TimeSpan.FromDays(5), dispute.Deadlines.SellerResponse);
        Assert.Equal(dispute.FiledAt + TimeSpan.FromDays(5), dispute.NextDeadlineAt);
        var claim = Assert.Single(dispute.Offers);
        Assert.Equal(Party.Buyer, claim.MadeBy);
        Assert.Contains(events, e => e.Sequence == 1 && e.PreviousHash is null);
    }

    [Fact]
    public async Task Filing_after_the_window_closes_is_refused()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, placedDaysAgo: 60, deliveredDaysAgo: 31);
        await db.ContactSellerAsync(buyer.Id, order.Id);
        db.Clock.Advance(TimeSpan.FromDays(4));

        var result = await File(buyer.Id, order.Id, 5m);

        Assert.IsType<DisputeMustBeFiledWithinWindowRule>(result.BrokenRule);
    }

    [Fact]
    public async Task Claiming_more_than_was_paid_is_refused()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, unitPrice: 10m, quantity: 2, deliveredDaysAgo: 2);
        await db.ContactSellerAsync(buyer.Id, order.Id);
        db.Clock.Advance(TimeSpan.FromDays(4));

        var result = await File(buyer.Id, order.Id, 20.01m);

        Assert.IsType<AmountClaimedMustNotExceedRefundableRule>(result.BrokenRule);
        Assert.Equal(0, await DisputeCount(order.Id));
    }

    [Fact]
    public async Task Another_buyers_order_cannot_be_disputed_and_reads_as_missing()
    {
        var filed = await db.FileAsync();
        var stranger = await db.Data.BuyerAsync();

        var result = await File(stranger.Id, filed.Order.Id, 5m);

        Assert.Equal(ResultStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Ten_simultaneous_filings_on_one_order_open_exactly_one_dispute()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);
        await db.ContactSellerAsync(buyer.Id, order.Id);
        db.Clock.Advance(TimeSpan.FromDays(4));

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => File(buyer.Id, order.Id, 5m))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.IsType<OneOpenDisputePerOrderRule>(r.BrokenRule));
        Assert.Equal(1, await DisputeCount(order.Id));
    }

    [Fact]
    public async Task A_revised_policy_applies_to_new_disputes_and_never_to_filed_ones()
    {
        var before = await db.FileAsync();
        var current = await db.InScopeAsync(s => s.GetRequiredService<DeadlinePolicyService>().CurrentAsync());
        var defaultRow = current.Single(r => r.CategoryCode is null && r.Reason is null);
        await db.InScopeAsync(s => s.GetRequiredService<DeadlinePolicyService>()
            .ReviseAsync(defaultRow.Id, defaultRow.Durations with { SellerResponse = TimeSpan.FromDays(3) }, "admin-1"));

        var after = await db.FileAsync();

        var disputes = await db.WithDbAsync(d => d.Disputes.AsNoTracking().Where(x => x.Id == before.DisputeId || x.Id == after.DisputeId).ToListAsync());
        var old = disputes.Single(x => x.Id == before.DisputeId);
        var fresh = disputes.Single(x => x.Id == after.DisputeId);
        Assert.Equal(TimeSpan.FromDays(5), old.Deadlines.SellerResponse);
        Assert.Equal(old.FiledAt + TimeSpan.FromDays(5), old.NextDeadlineAt);
        Assert.Equal(TimeSpan.FromDays(3), fresh.Deadlines.SellerResponse);
        Assert.Equal(old.Deadlines.PolicyVersion + 1, fresh.Deadlines.PolicyVersion);
    }

    [Fact]
    public async Task The_schema_keeps_no_xmin_column_of_its_own()
    {
        var columns = await db.WithDbAsync(d => d.Database
            .SqlQuery<string>($"SELECT column_name AS \"Value\" FROM information_schema.columns WHERE table_name = 'disputes'")
            .ToListAsync());

        Assert.Contains("status", columns);
        Assert.DoesNotContain("xmin", columns);
    }
}
