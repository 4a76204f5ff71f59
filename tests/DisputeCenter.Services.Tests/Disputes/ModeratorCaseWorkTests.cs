using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Evidence.ViewEvidence;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Services.Moderation.ReasonCodes;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Disputes;

/// <summary>A moderator's work on a case, through the services: opening evidence, deciding with citations, stale forms, reason codes, the case file.</summary>
public sealed class ModeratorCaseWorkTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private const string Rationale = "The buyer's photo shows the crack the seller does not explain.";

    private Task<T> Mediation<T>(Func<MediationService, Task<T>> action) => db.InScopeAsync(s => action(s.GetRequiredService<MediationService>()));

    private Task<T> ReasonCodes<T>(Func<ReasonCodeService, Task<T>> action) => db.InScopeAsync(s => action(s.GetRequiredService<ReasonCodeService>()));

    private async Task<(FiledDispute Filed, string ModeratorId, Guid Photo)> CaseWithPhotoAsync()
    {
        var filed = await db.FileAsync();
        var photo = await db.SubmitEvidenceAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), "crack.png", EvidenceFiles.Png());
        var moderator = await db.Data.ModeratorAsync();
        await db.EscalateAndTakeAsync(filed, moderator.Id);
        return (filed, moderator.Id, photo);
    }

    [Fact]
    public async Task Opening_an_item_is_recorded_once_per_moderator_with_the_first_time()
    {
        var (filed, moderatorId, photo) = await CaseWithPhotoAsync();
        var first = db.Clock.GetUtcNow();

        await db.OpenEvidenceAsync(photo, moderatorId);
        db.Clock.Advance(TimeSpan.FromHours(2));
        await db.OpenEvidenceAsync(photo, moderatorId);

        var openings = await db.WithDbAsync(d => d.EvidenceOpenings.AsNoTracking().Where(o => o.DisputeId == filed.DisputeId).ToListAsync());
        var opening = Assert.Single(openings);
        Assert.Equal((photo, moderatorId, first), (opening.EvidenceItemId, opening.ModeratorId, opening.FirstOpenedAt));
    }

    [Fact]
    public async Task A_party_opening_its_own_evidence_records_nothing()
    {
        var (filed, _, photo) = await CaseWithPhotoAsync();
        var file = await db.InScopeAsync(s => s.GetRequiredService<EvidenceViewService>()
            .OpenAsync(photo, _ => Task.FromResult<DisputeActor?>(DisputeActor.Buyer(filed.Buyer.Id))));
        await file!.Content.DisposeAsync();

        Assert.Equal(0, await db.WithDbAsync(d => d.EvidenceOpenings.CountAsync(o => o.DisputeId == filed.DisputeId)));
    }

    [Fact]
    public async Task Deciding_before_opening_the_evidence_is_refused_and_succeeds_after()
    {
        var (filed, moderatorId, photo) = await CaseWithPhotoAsync();

        var refused = await db.DecideAsync(filed.DisputeId, moderatorId, Outcome.PartialRefund, 30m, Rationale, $"evidence:{photo}");
        Assert.IsType<EvidenceMustBeOpenedBeforeDecidingRule>(refused.BrokenRule);
        Assert.Contains("crack.png", refused.Errors[0], StringComparison.Ordinal);

        await db.OpenEvidenceAsync(photo, moderatorId);
        var decided = await db.DecideAsync(filed.DisputeId, moderatorId, Outcome.PartialRefund, 30m, Rationale, $"evidence:{photo}");

        decided.ThrowIfFailed();
        var decision = await db.WithDbAsync(d => d.Disputes.Include(x => x.Decisions).AsNoTracking().SingleAsync(x => x.Id == filed.DisputeId));
        Assert.Equal(Citation.Evidence(photo), Assert.Single(decision.CurrentDecision!.Citations));
    }

    [Fact]
    public async Task Evidence_of_another_dispute_cannot_be_cited()
    {
        var (filed, moderatorId, photo) = await CaseWithPhotoAsync();
        var other = await db.FileAsync();
        var foreign = await db.SubmitEvidenceAsync(other.DisputeId, DisputeActor.Buyer(other.Buyer.Id), "other.png", EvidenceFiles.Png());
        await db.OpenEvidenceAsync(photo, moderatorId);

        var result = await db.DecideAsync(filed.DisputeId, moderatorId, Outcome.Rejected, null, Rationale, $"evidence:{foreign}");

        Assert.IsType<CitationsMustBelongToTheDisputeRule>(result.BrokenRule);
    }

    [Fact]
    public async Task A_decision_without_citations_is_refused()
    {
        var (filed, moderatorId, photo) = await CaseWithPhotoAsync();
        await db.OpenEvidenceAsync(photo, moderatorId);
        var command = new DecideCommand(Outcome.Rejected, null, "defect-proven", Rationale, [], await db.VersionOfAsync(filed.DisputeId));

        var result = await Mediation(m => m.DecideAsync(filed.DisputeId, moderatorId, command));

        Assert.IsType<DecisionMustCiteEvidenceRule>(result.BrokenRule);
    }

    [Fact]
    public async Task The_sellers_statement_can_be_cited()
    {
        var (filed, moderatorId, photo) = await CaseWithPhotoAsync();
        await db.OpenEvidenceAsync(photo, moderatorId);
        var file = await db.InScopeAsync(s => s.GetRequiredService<CaseFileService>().GetAsync(filed.DisputeId, moderatorId));
        var statement = Assert.Single(file!.StatementsOf(ActorKind.Seller));

        var result = await db.DecideAsync(filed.DisputeId, moderatorId, Outcome.Rejected, null, Rationale, statement.Citation.ToString());

        result.ThrowIfFailed();
    }

    [Fact]
    public async Task A_stale_decision_is_refused_and_nothing_is_saved()
    {
        var (filed, moderatorId, photo) = await CaseWithPhotoAsync();
        await db.OpenEvidenceAsync(photo, moderatorId);
        var seen = await db.VersionOfAsync(filed.DisputeId);
        (await db.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .PostMessageAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), "We can offer a replacement instead."))).ThrowIfFailed();

        var command = new DecideCommand(Outcome.PartialRefund, 30m, "defect-proven", Rationale, ["claim"], seen);
        var stale = await Mediation(m => m.DecideAsync(filed.DisputeId, moderatorId, command));
        var staleRequest = await Mediation(m => m.RequestInformationAsync(
            filed.DisputeId, moderatorId, Party.Buyer, "A photo of the label, please.", db.Clock.GetUtcNow().AddDays(3), MissedRequestConsequence.DecideOnAvailableEvidence, seen));

        Assert.IsType<CaseMustNotHaveChangedSinceOpenedRule>(stale.BrokenRule);
        Assert.IsType<CaseMustNotHaveChangedSinceOpenedRule>(staleRequest.BrokenRule);
        var dispute = await db.WithDbAsync(d => d.Disputes.Include(x => x.Decisions).Include(x => x.InformationRequests).AsNoTracking().SingleAsync(x => x.Id == filed.DisputeId));
        Assert.Empty(dispute.Decisions);
        Assert.Empty(dispute.InformationRequests);
        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
    }

    [Fact]
    public async Task Reason_codes_are_seeded_and_an_inactive_one_is_refused_until_reactivated()
    {
        var seeded = await ReasonCodes(r => r.ListAsync());
        Assert.Contains(seeded, c => c.Code == Dispute.MissedRequestReasonCode && c.IsActive);
        Assert.Contains(seeded, c => c.Code == "defect-proven" && c.IsActive);
        var (filed, moderatorId, photo) = await CaseWithPhotoAsync();
        await db.OpenEvidenceAsync(photo, moderatorId);
        Assert.True((await ReasonCodes(r => r.AddAsync("label-mismatch", "The label does not match the goods", "admin@test"))).Succeeded);
        Assert.True((await ReasonCodes(r => r.DeactivateAsync("label-mismatch", "admin@test"))).Succeeded);
        var command = new DecideCommand(Outcome.Rejected, null, "label-mismatch", Rationale, ["claim"], await db.VersionOfAsync(filed.DisputeId));

        var refused = await Mediation(m => m.DecideAsync(filed.DisputeId, moderatorId, command));
        await ReasonCodes(r => r.ReactivateAsync("label-mismatch", "admin@test"));
        var decided = await Mediation(m => m.DecideAsync(filed.DisputeId, moderatorId, command));

        Assert.IsType<ReasonCodeMustBeActiveRule>(refused.BrokenRule);
        decided.ThrowIfFailed();
    }

    [Fact]
    public async Task A_duplicate_or_badly_formed_code_is_refused_and_the_system_code_stays_active()
    {
        var duplicate = await ReasonCodes(r => r.AddAsync("defect-proven", "Again", "admin@test"));
        var malformed = await ReasonCodes(r => r.AddAsync("Not A Code", "Label here", "admin@test"));
        var system = await ReasonCodes(r => r.DeactivateAsync(Dispute.MissedRequestReasonCode, "admin@test"));

        Assert.Contains("exists already", Assert.Single(duplicate.Errors), StringComparison.Ordinal);
        Assert.False(malformed.Succeeded);
        Assert.False(system.Succeeded);
        Assert.True((await ReasonCodes(r => r.ListAsync())).Single(c => c.Code == Dispute.MissedRequestReasonCode).IsActive);
    }

    [Fact]
    public async Task The_case_file_shows_both_sides_the_order_the_conversation_and_a_verified_chain()
    {
        var (filed, moderatorId, photo) = await CaseWithPhotoAsync();
        var sellerPhoto = await db.SubmitEvidenceAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), "packed.png", EvidenceFiles.Png());
        await db.OpenEvidenceAsync(photo, moderatorId);

        var file = (await db.InScopeAsync(s => s.GetRequiredService<CaseFileService>().GetAsync(filed.DisputeId, moderatorId)))!;

        Assert.True(file.Chain.IsIntact);
        Assert.Equal(filed.Order.Number, file.Order.Number);
        Assert.NotEmpty(file.Conversation);
        Assert.Equal([photo], file.EvidenceOf(ActorKind.Buyer).Select(e => e.Item.Id));
        Assert.Equal([sellerPhoto], file.Unopened.Select(e => e.Item.Id));
        Assert.Contains(ModeratorAction.Decide, file.Actions);
    }
}
