using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Notifications;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Notifications;

public sealed class NotificationPlanningTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private Task<T> Negotiation<T>(Func<NegotiationService, Task<T>> action) => db.InScopeAsync(s => action(s.GetRequiredService<NegotiationService>()));

    [Fact]
    public async Task Filing_notifies_the_seller_with_the_response_deadline_and_not_the_buyer()
    {
        var filed = await db.FileAsync();

        var toSeller = Assert.Single(await db.ForAsync(filed.SellerUser.Id));
        Assert.Equal((NotificationKind.DisputeFiled, Party.Seller, filed.DisputeId), (toSeller.Kind, toSeller.Audience, toSeller.DisputeId));
        Assert.Contains(filed.Order.Number, toSeller.Title, StringComparison.Ordinal);
        Assert.NotNull(toSeller.DueAt);
        Assert.Contains($"Due by {UtcText.Format(toSeller.DueAt!.Value)}", toSeller.Body, StringComparison.Ordinal);
        Assert.Empty(await db.ForAsync(filed.Buyer.Id));
        Assert.Single(await db.EmailsToAsync(filed.SellerUser.Email!));
    }

    [Fact]
    public async Task A_sellers_counter_offer_notifies_the_buyer_once_in_the_app_and_by_email_and_not_the_seller()
    {
        var filed = await db.FileAsync(unitPrice: 50m, quantity: 2);
        var sellerBefore = (await db.ForAsync(filed.SellerUser.Id)).Count;

        (await Negotiation(n => n.CounterAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.PartialRefund, 40m, "Keep them, 40 back."))).ThrowIfFailed();

        var toBuyer = Assert.Single(await db.ForAsync(filed.Buyer.Id));
        Assert.Equal((NotificationKind.OfferMade, Party.Buyer, (DateTimeOffset?)null), (toBuyer.Kind, toBuyer.Audience, toBuyer.ReadAt));
        Assert.Contains("a partial refund of 40.00 USD", toBuyer.Body, StringComparison.Ordinal);
        Assert.Contains("Keep them, 40 back.", toBuyer.Body, StringComparison.Ordinal);
        Assert.Contains("What you can do now: Accept or answer the seller's offer", toBuyer.Body, StringComparison.Ordinal);
        Assert.Equal(sellerBefore, (await db.ForAsync(filed.SellerUser.Id)).Count);

        var email = Assert.Single(await db.EmailsToAsync(filed.Buyer.Email!));
        Assert.Equal((OutboxEmailStatus.Queued, 0, toBuyer.Title, toBuyer.Id), (email.Status, email.Attempts, email.Subject, email.NotificationId));
        Assert.Contains(toBuyer.Body, email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Disputes/{filed.DisputeId}", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_buyers_own_actions_never_notify_the_buyer_but_reach_the_seller()
    {
        var filed = await db.FileAsync();
        (await Negotiation(n => n.SellerRejectAsync(filed.DisputeId, filed.SellerUser.Id, "The goods were fine when they left us."))).ThrowIfFailed();

        (await Negotiation(n => n.CounterAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), Remedy.PartialRefund, 60m, null))).ThrowIfFailed();
        (await Negotiation(n => n.RequestMediationAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id)))).ThrowIfFailed();

        Assert.Equal([NotificationKind.SellerRejected], (await db.ForAsync(filed.Buyer.Id)).Select(n => n.Kind));
        Assert.Equal(
            [NotificationKind.DisputeFiled, NotificationKind.OfferMade, NotificationKind.Escalated],
            (await db.ForAsync(filed.SellerUser.Id)).Select(n => n.Kind).Order());
    }

    [Fact]
    public async Task Escalation_by_the_sweeper_notifies_both_parties_in_the_same_transaction()
    {
        var filed = await db.FileAsync();
        db.Clock.Advance(OverdueDisputes.SellerResponse + TimeSpan.FromSeconds(1));

        await db.InScopeAsync(s => s.GetRequiredService<DeadlineSweep>().SweepAsync());

        var toBuyer = Assert.Single(await db.ForAsync(filed.Buyer.Id));
        var toSeller = (await db.ForAsync(filed.SellerUser.Id)).Single(n => n.Kind == NotificationKind.Escalated);
        Assert.Equal(NotificationKind.Escalated, toBuyer.Kind);
        Assert.Contains("did not answer within the response time", toBuyer.Body, StringComparison.Ordinal);
        Assert.Contains("a moderator reviews both sides", toSeller.Body, StringComparison.Ordinal);
        Assert.Single(await db.EmailsToAsync(filed.Buyer.Email!));
        Assert.Equal(2, (await db.EmailsToAsync(filed.SellerUser.Email!)).Count);
    }

    [Fact]
    public async Task A_lost_race_saves_no_notification()
    {
        var filed = await db.FileAsync();
        var before = (await db.ForAsync(filed.Buyer.Id)).Count;

        var results = await db.InScopeAsync(async s =>
        {
            var commands = s.GetRequiredService<DisputeChangeRunner>();
            var dispute = await commands.LoadAsync(filed.DisputeId, CancellationToken.None);
            await db.InScopeAsync(other => other.GetRequiredService<NegotiationService>().SellerRespondAsync(filed.DisputeId, filed.SellerUser.Id, "Our side first."));
            dispute!.SellerReject(filed.SellerUser.Id, "Rejected, too late.", commands.Now);
            return await commands.SaveAsync(dispute, CancellationToken.None);
        });

        Assert.False(results);
        var kinds = (await db.ForAsync(filed.Buyer.Id)).Skip(before).Select(n => n.Kind);
        Assert.Equal([NotificationKind.SellerAnswered], kinds);
    }
}
