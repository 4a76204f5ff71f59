using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes.FileDispute;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Disputes;

public sealed class FilingEvidenceServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static IncomingFile Photo(string name) => new(name, EvidenceKind.Photo, null, () => new MemoryStream(EvidenceFiles.Png()));

    private Task<Services.Common.Result<IReadOnlyList<StagedEvidence>>> Stage(string buyerId, Guid orderId, Guid draftId, params IncomingFile[] files) =>
        db.InScopeAsync(s => s.GetRequiredService<FilingEvidenceService>().StageAsync(buyerId, orderId, draftId, files));

    private Task<Services.Common.Result<Guid>> File(string buyerId, Guid orderId, Guid disputeId) =>
        db.InScopeAsync(s => s.GetRequiredService<FileDisputeService>().FileAsync(buyerId, new FileDisputeCommand
        {
            DisputeId = disputeId,
            OrderId = orderId,
            Reason = DisputeReason.NotAsDescribed,
            Description = DisputeFlow.Description,
            AmountClaimed = 10m,
            Remedy = Remedy.PartialRefund,
        }));

    [Fact]
    public async Task Files_uploaded_while_filling_in_the_form_become_the_disputes_evidence_when_it_is_filed_once()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);
        await db.ContactSellerAsync(buyer.Id, order.Id);
        db.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        var draftId = Guid.CreateVersion7();

        Assert.True((await Stage(buyer.Id, order.Id, draftId, Photo("left.png"))).Succeeded);
        Assert.True((await Stage(buyer.Id, order.Id, draftId, Photo("box.png"))).Succeeded);
        var listed = await db.InScopeAsync(s => s.GetRequiredService<FilingEvidenceService>().ListAsync(buyer.Id, draftId));
        Assert.Equal(["left.png", "box.png"], listed.Select(f => f.OriginalName));

        var results = await Task.WhenAll(File(buyer.Id, order.Id, draftId), File(buyer.Id, order.Id, draftId));

        Assert.All(results, r => Assert.Equal(draftId, r.Value));
        Assert.Equal(1, await db.WithDbAsync(d => d.Disputes.CountAsync(x => x.OrderId == order.Id)));
        var items = await db.WithDbAsync(d => d.EvidenceItems.AsNoTracking().Where(e => e.DisputeId == draftId).ToListAsync());
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(EvidenceStatus.Submitted, i.Status));
        var receipts = await db.WithDbAsync(d => d.DisputeEvents.CountAsync(e => e.DisputeId == draftId && e.Kind == DisputeEventKind.EvidenceAdded));
        Assert.Equal(2, receipts);
        Assert.False(await db.WithDbAsync(d => d.FilingDrafts.AnyAsync(x => x.Id == draftId)));
        var late = await Stage(buyer.Id, order.Id, draftId, Photo("late.png"));
        Assert.Contains("already filed", late.Errors.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_buyer_cannot_stage_on_a_draft_or_an_order_that_is_not_theirs_and_a_refused_file_keeps_nothing()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var other = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);
        var othersOrder = await db.Data.OrderAsync(other.Id, seller.Id, deliveredDaysAgo: 2);
        var draftId = Guid.CreateVersion7();
        Assert.True((await Stage(buyer.Id, order.Id, draftId, Photo("mine.png"))).Succeeded);

        Assert.False((await Stage(other.Id, othersOrder.Id, draftId, Photo("theirs.png"))).Succeeded);
        Assert.False((await Stage(other.Id, order.Id, Guid.CreateVersion7(), Photo("theirs.png"))).Succeeded);
        var program = await Stage(buyer.Id, order.Id, draftId, new IncomingFile("setup.exe", EvidenceKind.Photo, null, () => new MemoryStream(EvidenceFiles.WindowsProgram())));

        Assert.False(program.Succeeded);
        Assert.Empty(await db.InScopeAsync(s => s.GetRequiredService<FilingEvidenceService>().ListAsync(other.Id, draftId)));
        Assert.Equal(["mine.png"], (await db.InScopeAsync(s => s.GetRequiredService<FilingEvidenceService>().ListAsync(buyer.Id, draftId))).Select(f => f.OriginalName));
    }

    [Fact]
    public async Task A_form_started_for_one_order_cannot_file_on_another_and_its_files_stay_on_their_draft()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var first = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);
        var second = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);
        await db.ContactSellerAsync(buyer.Id, second.Id);
        db.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        var draftId = Guid.CreateVersion7();
        Assert.True((await Stage(buyer.Id, first.Id, draftId, Photo("first-order.png"))).Succeeded);

        var result = await File(buyer.Id, second.Id, draftId);

        Assert.Equal(Services.Common.ResultStatus.Invalid, result.Status);
        Assert.Contains("another order", result.Errors.Single(), StringComparison.Ordinal);
        Assert.False(await db.WithDbAsync(d => d.Disputes.AnyAsync(x => x.Id == draftId)));
        var staged = await db.WithDbAsync(d => d.EvidenceItems.AsNoTracking().SingleAsync(e => e.DisputeId == draftId));
        Assert.Equal(EvidenceStatus.Staged, staged.Status);
    }

    [Fact]
    public async Task A_draft_never_filed_is_removed_with_its_files_after_two_days()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);
        var draftId = Guid.CreateVersion7();
        var staged = await Stage(buyer.Id, order.Id, draftId, Photo("forgotten.png"));
        var fileId = staged.Value!.Single().Id;

        db.Clock.Advance(FilingEvidenceService.AbandonedAfter - TimeSpan.FromMinutes(1));
        await db.InScopeAsync(s => s.GetRequiredService<FilingEvidenceService>().RemoveAbandonedAsync());
        Assert.True(await db.WithDbAsync(d => d.EvidenceItems.AnyAsync(e => e.Id == fileId)));

        db.Clock.Advance(TimeSpan.FromMinutes(2));
        await db.InScopeAsync(s => s.GetRequiredService<FilingEvidenceService>().RemoveAbandonedAsync());

        Assert.False(await db.WithDbAsync(d => d.EvidenceItems.AnyAsync(e => e.Id == fileId)));
        Assert.False(await db.WithDbAsync(d => d.FilingDrafts.AnyAsync(x => x.Id == draftId)));
        Assert.Equal(0, await db.WithDbAsync(d => d.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM evidence_chunks WHERE evidence_id = {fileId}").SingleAsync()));
    }
}
