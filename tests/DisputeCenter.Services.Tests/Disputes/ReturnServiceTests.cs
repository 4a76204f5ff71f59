using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Returns;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Disputes.Returns;
using DisputeCenter.Services.Disputes.Timeline;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Disputes;

/// <summary>Return and refund through the services and the deadline sweep, on PostgreSQL: the refund waits for the goods.</summary>
public sealed class ReturnServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private const string Address = "Acme Audio Returns, 12 Dock Road, Durban 4001";

    private Task<Result> Returns(Func<ReturnService, Task<Result>> action) => db.InScopeAsync(s => action(s.GetRequiredService<ReturnService>()));

    private Task<int> SweepAsync() => db.InScopeAsync(s => s.GetRequiredService<DeadlineSweep>().SweepAsync());

    private Task<Dispute> Load(Guid id) =>
        db.WithDbAsync(d => d.Disputes.Include(x => x.Refunds).AsNoTracking().SingleAsync(x => x.Id == id));

    private Task<List<string>> Steps(Guid id) =>
        db.WithDbAsync(d => d.DisputeEvents.Where(e => e.DisputeId == id && e.Kind == DisputeEventKind.Return).OrderBy(e => e.Sequence).Select(e => e.Payload).ToListAsync());

    /// <summary>A dispute the parties settled on the seller's offer of return and refund, for the whole 100.</summary>
    private async Task<FiledDispute> SettledOnReturnAsync()
    {
        var filed = await db.FileAsync(unitPrice: 50m, quantity: 2);
        var offer = await db.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .CounterAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.ReturnAndRefund, 100m, "Send them back and we refund you in full."));
        offer.ThrowIfFailed();
        (await db.InScopeAsync(s => s.GetRequiredService<NegotiationService>().AcceptOfferAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), offer.Value))).ThrowIfFailed();
        return filed;
    }

    [Fact]
    public async Task A_silent_seller_after_the_carriers_delivery_is_swept_into_one_automatic_refund()
    {
        var filed = await SettledOnReturnAsync();
        Assert.Empty((await Load(filed.DisputeId)).Refunds);

        (await Returns(r => r.GiveAddressAsync(filed.DisputeId, filed.SellerUser.Id, Address))).ThrowIfFailed();
        db.Clock.Advance(TimeSpan.FromDays(2));
        (await Returns(r => r.ShipAsync(filed.DisputeId, filed.Buyer.Id, "DHL Express", "JD014600012345"))).ThrowIfFailed();
        db.Clock.Advance(TimeSpan.FromDays(4));
        var deliveredAt = db.Clock.GetUtcNow().AddHours(-3);
        (await Returns(r => r.RecordCarrierDeliveryAsync(filed.DisputeId, DisputeActor.Marketplace("test-marketplace"), deliveredAt))).ThrowIfFailed();

        var waiting = await Load(filed.DisputeId);
        Assert.Equal((DisputeStatus.AwaitingReturn, ReturnStatus.Delivered), (waiting.Status, waiting.Return!.Status));
        db.Clock.SetUtcNow(waiting.NextDeadlineAt!.Value - TimeSpan.FromSeconds(1));
        await SweepAsync();
        Assert.Equal(ReturnStatus.Delivered, (await Load(filed.DisputeId)).Return!.Status);

        db.Clock.SetUtcNow(waiting.NextDeadlineAt!.Value + TimeSpan.FromSeconds(1));
        await Task.WhenAll(SweepAsync(), SweepAsync());

        var settled = await Load(filed.DisputeId);
        Assert.Equal((DisputeStatus.Settled, ReturnStatus.Received), (settled.Status, settled.Return!.Status));
        var refund = Assert.Single(settled.Refunds);
        Assert.Equal(100m, refund.Amount.Amount);
        var steps = await Steps(filed.DisputeId);
        Assert.Equal(["opened", "address", "shipped", "delivered", "received"], steps.Select(p => System.Text.Json.JsonDocument.Parse(p).RootElement.GetProperty("step").GetString()));
        Assert.Contains("\"automatically\":\"true\"", steps[^1], StringComparison.Ordinal);
        Assert.True((await db.InScopeAsync(s => s.GetRequiredService<DisputeTimelineService>().VerifyAsync(filed.DisputeId))).IsIntact);
    }

    [Fact]
    public async Task A_seller_without_an_address_in_time_sends_the_buyer_to_the_platforms_address()
    {
        var filed = await SettledOnReturnAsync();
        var due = (await Load(filed.DisputeId)).NextDeadlineAt!.Value;

        db.Clock.SetUtcNow(due + TimeSpan.FromSeconds(1));
        await SweepAsync();
        var late = await Returns(r => r.GiveAddressAsync(filed.DisputeId, filed.SellerUser.Id, Address));

        var dispute = await Load(filed.DisputeId);
        Assert.Equal(ReturnStatus.AwaitingShipment, dispute.Return!.Status);
        Assert.True(dispute.Return.ToPlatformAddress);
        Assert.Null(dispute.Return.Address);
        Assert.False(late.Succeeded);
        var overview = await db.InScopeAsync(s => s.GetRequiredService<DisputeOverviewService>().GetAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id)));
        Assert.Equal(new ReturnsOptions().PlatformAddress, overview!.ReturnAddress);
        (await Returns(r => r.ShipAsync(filed.DisputeId, filed.Buyer.Id, "PostNet", "PN-7781-0034"))).ThrowIfFailed();
        Assert.Equal(ReturnStatus.InTransit, (await Load(filed.DisputeId)).Return!.Status);
    }

    [Fact]
    public async Task Only_the_disputes_own_seller_and_buyer_take_their_steps_and_a_report_of_damage_goes_to_a_moderator()
    {
        var other = await db.FileAsync();
        var filed = await SettledOnReturnAsync();

        var foreignSeller = await Returns(r => r.GiveAddressAsync(filed.DisputeId, other.SellerUser.Id, Address));
        var buyerAsSeller = await Returns(r => r.GiveAddressAsync(filed.DisputeId, filed.Buyer.Id, Address));
        (await Returns(r => r.GiveAddressAsync(filed.DisputeId, filed.SellerUser.Id, Address))).ThrowIfFailed();
        var foreignBuyer = await Returns(r => r.ShipAsync(filed.DisputeId, other.Buyer.Id, "DHL", "JD014600012345"));
        var badTracking = await Returns(r => r.ShipAsync(filed.DisputeId, filed.Buyer.Id, "DHL", "??"));
        (await Returns(r => r.ShipAsync(filed.DisputeId, filed.Buyer.Id, "DHL", "JD014600012345"))).ThrowIfFailed();
        var damaged = await Returns(r => r.ReportProblemAsync(filed.DisputeId, filed.SellerUser.Id, ReturnProblem.Damaged, "The case arrived crushed; photos attached."));

        Assert.All([foreignSeller, buyerAsSeller, foreignBuyer, badTracking], result => Assert.False(result.Succeeded));
        damaged.ThrowIfFailed();
        var dispute = await Load(filed.DisputeId);
        Assert.Equal((DisputeStatus.InMediation, ReturnStatus.ProblemReported), (dispute.Status, dispute.Return!.Status));
        Assert.Empty(dispute.Refunds);
        Assert.Equal("JD014600012345", dispute.Return.TrackingNumber);
    }
}
