using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.ListDisputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Disputes;

public sealed class SellerClaimListTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private Task<T> Negotiation<T>(Func<NegotiationService, Task<T>> act) => db.InScopeAsync(s => act(s.GetRequiredService<NegotiationService>()));

    private Task<T> Mediation<T>(Func<MediationService, Task<T>> act) => db.InScopeAsync(s => act(s.GetRequiredService<MediationService>()));

    private Task<T> List<T>(Func<DisputeListService, Task<T>> act) => db.InScopeAsync(s => act(s.GetRequiredService<DisputeListService>()));

    [Fact]
    public async Task Claims_awaiting_the_sellers_answer_are_the_unanswered_the_buyers_new_offers_and_the_moderators_requests_to_the_seller()
    {
        var (sellerUser, seller) = await db.Data.SellerAsync();
        var moderator = await db.Data.ModeratorAsync();
        var ids = await db.FileAgainstAsync(
            seller,
            DisputeReason.NotAsDescribed,
            DisputeReason.DamagedInTransit,
            DisputeReason.NotAsDescribed,
            DisputeReason.IncompleteOrder,
            DisputeReason.NotAsDescribed,
            DisputeReason.NotAsDescribed);
        var (unanswered, rejected, countered, buyerAnswered, askedSeller, askedBuyer) = (ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]);
        var sellerActor = DisputeActor.Seller(sellerUser.Id);

        (await Negotiation(n => n.SellerRejectAsync(rejected, sellerUser.Id, "The parcel left us intact."))).ThrowIfFailed();
        (await Negotiation(n => n.CounterAsync(countered, sellerActor, Remedy.PartialRefund, 30m, "30 back."))).ThrowIfFailed();
        (await Negotiation(n => n.CounterAsync(buyerAnswered, sellerActor, Remedy.PartialRefund, 20m, "20 back."))).ThrowIfFailed();
        var buyerOfAnswered = await db.WithDbAsync(d => Task.FromResult(d.Disputes.Single(x => x.Id == buyerAnswered).BuyerId));
        (await Negotiation(n => n.CounterAsync(buyerAnswered, DisputeActor.Buyer(buyerOfAnswered), Remedy.PartialRefund, 60m, "60, please."))).ThrowIfFailed();
        foreach (var (id, from) in new[] { (askedSeller, Party.Seller), (askedBuyer, Party.Buyer) })
        {
            (await Negotiation(n => n.SellerRejectAsync(id, sellerUser.Id, "The goods left us in perfect order."))).ThrowIfFailed();
            (await Negotiation(n => n.RequestMediationAsync(id, sellerActor))).ThrowIfFailed();
            (await Mediation(m => m.AssignAsync(id, moderator.Id))).ThrowIfFailed();
            var version = await db.VersionOfAsync(id);
            (await Mediation(m => m.RequestInformationAsync(
                id, moderator.Id, from, "Send the courier's damage report.", db.Clock.GetUtcNow().AddDays(3), MissedRequestConsequence.DecideOnAvailableEvidence, version))).ThrowIfFailed();
        }

        await db.FileAsync(); // another seller's unanswered claim

        var count = await List(l => l.CountAwaitingSellerAsync(sellerUser.Id));
        var awaiting = await List(l => l.ForSellerAsync(sellerUser.Id, new ClaimFilter(AwaitingAnswer: true)));

        Assert.Equal(3, count);
        Assert.Equal(new[] { unanswered, buyerAnswered, askedSeller }.Order(), awaiting.Items.Select(c => c.Id).Order());
        Assert.Equal(3, awaiting.TotalCount);
        Assert.All(awaiting.Items, c => Assert.NotNull(c.NextAction));
    }

    [Fact]
    public async Task The_seller_filters_claims_by_reason_and_status_together()
    {
        var (sellerUser, seller) = await db.Data.SellerAsync();
        var ids = await db.FileAgainstAsync(seller, DisputeReason.DamagedInTransit, DisputeReason.NotAsDescribed, DisputeReason.DamagedInTransit);
        (await Negotiation(n => n.SellerRejectAsync(ids[2], sellerUser.Id, "The parcel left us intact."))).ThrowIfFailed();

        var damaged = await List(l => l.ForSellerAsync(sellerUser.Id, new ClaimFilter(Reason: DisputeReason.DamagedInTransit)));
        var damagedUnanswered = await List(l => l.ForSellerAsync(sellerUser.Id, new ClaimFilter(DisputeStatus.AwaitingSeller, DisputeReason.DamagedInTransit)));
        var late = await List(l => l.ForSellerAsync(sellerUser.Id, new ClaimFilter(Reason: DisputeReason.LateDelivery)));

        Assert.Equal(new[] { ids[0], ids[2] }.Order(), damaged.Items.Select(c => c.Id).Order());
        Assert.Equal(ids[0], Assert.Single(damagedUnanswered.Items).Id);
        Assert.Empty(late.Items);
    }

    [Fact]
    public async Task The_sellers_claims_come_soonest_deadline_first_and_the_ended_ones_last()
    {
        var (sellerUser, seller) = await db.Data.SellerAsync();
        var settled = (await db.FileAgainstAsync(seller, DisputeReason.NotAsDescribed))[0];
        (await Negotiation(n => n.SellerAcceptClaimAsync(settled, sellerUser.Id))).ThrowIfFailed();
        db.Clock.Advance(TimeSpan.FromHours(5));
        var earlier = (await db.FileAgainstAsync(seller, DisputeReason.NotAsDescribed))[0];
        db.Clock.Advance(TimeSpan.FromHours(5));
        var later = (await db.FileAgainstAsync(seller, DisputeReason.DamagedInTransit))[0];

        var claims = await List(l => l.ForSellerAsync(sellerUser.Id, new ClaimFilter()));

        var deadlines = await db.WithDbAsync(d => Task.FromResult(d.Disputes.Where(x => x.SellerUserId == sellerUser.Id).ToDictionary(x => x.Id, x => x.NextDeadlineAt)));
        Assert.Null(deadlines[settled]);
        Assert.True(deadlines[earlier] < deadlines[later]);
        Assert.Equal([earlier, later, settled], claims.Items.Select(c => c.Id));
    }
}
