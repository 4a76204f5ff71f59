using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Disputes.Timeline;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Disputes;

/// <summary>A dispute's life through the services: negotiation, escalation by the sweep, mediation, decision and appeal, the refund cap, the verified timeline.</summary>
public sealed class DisputeLifecycleTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private Task<T> Negotiation<T>(Func<NegotiationService, Task<T>> action) => db.InScopeAsync(s => action(s.GetRequiredService<NegotiationService>()));

    private Task<T> Mediation<T>(Func<MediationService, Task<T>> action) => db.InScopeAsync(s => action(s.GetRequiredService<MediationService>()));

    private Task<Dispute> Load(Guid id) =>
        db.WithDbAsync(d => d.Disputes.Include(x => x.Refunds).Include(x => x.Decisions).AsNoTracking().SingleAsync(x => x.Id == id));

    private Task<ChainVerification> Verify(Guid id) => db.InScopeAsync(s => s.GetRequiredService<DisputeTimelineService>().VerifyAsync(id));

    private async Task EscalateAsync(FiledDispute filed)
    {
        (await Negotiation(n => n.SellerRejectAsync(filed.DisputeId, filed.SellerUser.Id, "The goods were fine when they left us."))).ThrowIfFailed();
        (await Negotiation(n => n.RequestMediationAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id)))).ThrowIfFailed();
    }

    [Fact]
    public async Task A_partial_refund_counter_offer_accepted_by_the_buyer_settles_with_one_refund()
    {
        var filed = await db.FileAsync(unitPrice: 50m, quantity: 2);
        var counter = await Negotiation(n => n.CounterAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.PartialRefund, 40m, "Keep the headphones, 40 back."));
        counter.ThrowIfFailed();

        var accepted = await Negotiation(n => n.AcceptOfferAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), counter.Value));

        accepted.ThrowIfFailed();
        var dispute = await Load(filed.DisputeId);
        Assert.Equal(DisputeStatus.Settled, dispute.Status);
        var refund = Assert.Single(dispute.Refunds);
        Assert.Equal(40m, refund.Amount.Amount);
        Assert.True((await Verify(filed.DisputeId)).IsIntact);
    }

    [Fact]
    public async Task A_seller_cannot_accept_their_own_offer_and_a_stranger_cannot_see_the_dispute()
    {
        var filed = await db.FileAsync();
        var counter = await Negotiation(n => n.CounterAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.Replacement, null, "We send a new pair."));
        var stranger = await db.Data.BuyerAsync();

        var own = await Negotiation(n => n.AcceptOfferAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), counter.Value));
        var foreign = await Negotiation(n => n.WithdrawAsync(filed.DisputeId, stranger.Id, "Not mine anyway"));

        Assert.IsType<OnlyTheOtherPartysOfferCanBeAcceptedRule>(own.BrokenRule);
        Assert.Equal(ResultStatus.NotFound, foreign.Status);
        Assert.Equal(DisputeStatus.Negotiating, (await Load(filed.DisputeId)).Status);
    }

    [Fact]
    public async Task A_silent_seller_is_escalated_by_the_sweep_then_mediated_decided_and_appealed_to_another_moderator()
    {
        var filed = await db.FileAsync(unitPrice: 50m, quantity: 2);
        var moderator = await db.Data.ModeratorAsync();
        var second = await db.Data.ModeratorAsync();
        db.Clock.Advance(OverdueDisputes.SellerResponse + TimeSpan.FromSeconds(1));

        await db.InScopeAsync(s => s.GetRequiredService<DeadlineSweep>().SweepAsync());
        var escalated = await Load(filed.DisputeId);
        Assert.Equal((DisputeStatus.InMediation, true), (escalated.Status, escalated.SellerUnresponsive));

        (await Mediation(m => m.AssignAsync(filed.DisputeId, moderator.Id))).ThrowIfFailed();
        var version = await db.VersionOfAsync(filed.DisputeId);
        (await Mediation(m => m.RequestInformationAsync(
            filed.DisputeId, moderator.Id, Party.Buyer, "A photo of the cracked ear cup, please.", db.Clock.GetUtcNow().AddDays(3), MissedRequestConsequence.DecideOnAvailableEvidence, version))).ThrowIfFailed();
        (await Mediation(m => m.AnswerInformationAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), "Photo uploaded: the crack is on the left cup."))).ThrowIfFailed();
        (await db.DecideAsync(filed.DisputeId, moderator.Id, Outcome.PartialRefund, 60m, "The buyer's photo shows the crack; the seller did not answer.")).ThrowIfFailed();

        (await Mediation(m => m.AppealAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), "The right cup fails too: here is a second video."))).ThrowIfFailed();
        var sameModerator = await Mediation(m => m.AssignAsync(filed.DisputeId, moderator.Id));
        var otherModerator = await Mediation(m => m.AssignAsync(filed.DisputeId, second.Id));

        Assert.IsType<AppealMustGoToADifferentModeratorRule>(sameModerator.BrokenRule);
        otherModerator.ThrowIfFailed();
        var appealed = await Load(filed.DisputeId);
        Assert.Equal(DisputeStatus.UnderAppeal, appealed.Status);
        Assert.Equal(60m, Assert.Single(appealed.Refunds).Amount.Amount);
        Assert.True((await Verify(filed.DisputeId)).IsIntact);
    }

    [Fact]
    public async Task Twenty_simultaneous_decisions_make_one_decision_and_one_refund()
    {
        var filed = await db.FileAsync(unitPrice: 50m, quantity: 2);
        var moderator = await db.Data.ModeratorAsync();
        await EscalateAsync(filed);
        (await Mediation(m => m.AssignAsync(filed.DisputeId, moderator.Id))).ThrowIfFailed();

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() =>
            db.DecideAsync(filed.DisputeId, moderator.Id, Outcome.PartialRefund, 10m + i, $"Decision attempt {i}: the photos show the defect."))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains(r.Status, new[] { ResultStatus.Conflict, ResultStatus.Refused }));
        var dispute = await Load(filed.DisputeId);
        Assert.Single(dispute.Decisions);
        Assert.Single(dispute.Refunds);
        Assert.True((await Verify(filed.DisputeId)).IsIntact);
    }

    [Fact]
    public async Task A_decision_can_never_refund_more_than_was_paid()
    {
        var filed = await db.FileAsync(unitPrice: 50m, quantity: 2);
        var moderator = await db.Data.ModeratorAsync();
        await EscalateAsync(filed);
        (await Mediation(m => m.AssignAsync(filed.DisputeId, moderator.Id))).ThrowIfFailed();

        var result = await db.DecideAsync(filed.DisputeId, moderator.Id, Outcome.PartialRefund, 100.01m, "The photos show the defect clearly.");

        Assert.IsType<DecisionAmountMustSuitOutcomeRule>(result.BrokenRule);
        Assert.Empty((await Load(filed.DisputeId)).Refunds);
    }

    [Fact]
    public async Task A_tampered_timeline_row_is_found_by_verification()
    {
        var filed = await db.FileAsync();
        (await Negotiation(n => n.SellerRejectAsync(filed.DisputeId, filed.SellerUser.Id, "The headphones left our warehouse in perfect order."))).ThrowIfFailed();
        Assert.True((await Verify(filed.DisputeId)).IsIntact);

        // As the owner/superuser would: the append-only trigger must be switched off first.
        await db.WithOwnerDbAsync(d => d.Database.ExecuteSqlAsync(
            $"ALTER TABLE dispute_events DISABLE TRIGGER dispute_events_append_only; UPDATE dispute_events SET payload = replace(payload, 'perfect', 'poor') WHERE dispute_id = {filed.DisputeId} AND sequence = 2; ALTER TABLE dispute_events ENABLE TRIGGER dispute_events_append_only"));

        var verification = await Verify(filed.DisputeId);
        Assert.Equal(2, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Each_party_is_told_what_to_do_by_when()
    {
        var filed = await db.FileAsync();

        var overview = await db.InScopeAsync(s => s.GetRequiredService<DisputeOverviewService>().GetAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id)));

        Assert.NotNull(overview);
        var sellersMove = Assert.Single(overview.PendingActions, a => a.Actor == ActorKind.Seller);
        Assert.Equal(overview.Dispute.FiledAt + TimeSpan.FromDays(5), sellersMove.DueAt);
        Assert.False(string.IsNullOrWhiteSpace(sellersMove.IfMissed.ToString()));
        Assert.Null(await db.InScopeAsync(s => s.GetRequiredService<DisputeOverviewService>().GetAsync(filed.DisputeId, DisputeActor.Seller(filed.Buyer.Id))));
    }
}
