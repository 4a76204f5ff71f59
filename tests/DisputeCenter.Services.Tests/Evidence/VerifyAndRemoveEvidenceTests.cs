using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Evidence.RemoveEvidence;
using DisputeCenter.Services.Evidence.VerifyEvidence;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DisputeCenter.Services.Tests.Evidence.EvidenceVault;

namespace DisputeCenter.Services.Tests.Evidence;

public sealed class VerifyAndRemoveEvidenceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Verification_passes_for_untouched_evidence_and_catches_one_changed_byte()
    {
        var buyer = await db.Data.BuyerAsync();
        var staged = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), File("video.mp4", EvidenceFiles.Mp4(2_500_000)));
        var id = Assert.Single(staged.Value!).Id;

        var intact = await VerifyAsync(id);
        Assert.True(intact.IsIntact);
        Assert.Equal(intact.RecordedSha256, intact.ActualSha256);

        await db.ExecuteAsync($"UPDATE evidence_chunks SET data = set_byte(data, 4242, (get_byte(data, 4242) + 1) % 256) WHERE evidence_id = {id} AND chunk_index = 1");

        var tampered = await VerifyAsync(id);
        Assert.False(tampered.IsIntact);
        Assert.Equal(tampered.RecordedSize, tampered.ActualSize);
        Assert.NotEqual(tampered.RecordedSha256, tampered.ActualSha256);
    }

    [Fact]
    public async Task Verification_catches_a_missing_chunk_and_an_unknown_id_is_refused()
    {
        var buyer = await db.Data.BuyerAsync();
        var staged = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), File("video.mp4", EvidenceFiles.Mp4(2_500_000)));
        var id = Assert.Single(staged.Value!).Id;
        await db.ExecuteAsync($"DELETE FROM evidence_chunks WHERE evidence_id = {id} AND chunk_index = 2");

        Assert.False((await VerifyAsync(id)).IsIntact);
        var unknown = await db.InScopeAsync(s => s.GetRequiredService<VerifyEvidenceService>().VerifyAsync(Guid.NewGuid()));
        Assert.Equal(["There is no such evidence."], unknown.Errors);
    }

    [Fact]
    public async Task Staged_evidence_is_removed_with_its_content_by_its_uploader_only()
    {
        var buyer = await db.Data.BuyerAsync();
        var other = await db.Data.BuyerAsync();
        var staged = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), File("a.pdf", EvidenceFiles.Pdf()));
        var id = Assert.Single(staged.Value!).Id;
        var before = await db.CountsAsync();

        var refused = await RemoveAsync(id, other.Id);
        Assert.Equal(["Only the person who added this evidence can remove it."], refused.Errors);

        var removed = await RemoveAsync(id, buyer.Id);
        Assert.True(removed.Succeeded);
        Assert.Equal((before.Items - 1, before.Chunks - 1), await db.CountsAsync());
    }

    [Fact]
    public async Task Submitted_evidence_is_never_removed()
    {
        var buyer = await db.Data.BuyerAsync();
        var staged = await db.StageAsync(await db.NewDisputeAsync(), EvidenceUploader.Buyer(buyer.Id), File("a.jpg", EvidenceFiles.Jpeg()));
        var id = Assert.Single(staged.Value!).Id;
        await db.WithDbAsync(async d =>
        {
            (await d.EvidenceItems.SingleAsync(e => e.Id == id)).Submit(db.Clock.GetUtcNow());
            return await d.SaveChangesAsync();
        });
        var before = await db.CountsAsync();

        var result = await RemoveAsync(id, buyer.Id);

        Assert.Equal(["Submitted evidence is part of the case record and can't be removed."], result.Errors);
        Assert.Equal(before, await db.CountsAsync());
    }

    private async Task<EvidenceIntegrity> VerifyAsync(Guid id)
    {
        var result = await db.InScopeAsync(s => s.GetRequiredService<VerifyEvidenceService>().VerifyAsync(id));
        Assert.True(result.Succeeded);
        return result.Value!;
    }

    private Task<Common.Result<Guid>> RemoveAsync(Guid id, string userId) =>
        db.InScopeAsync(s => s.GetRequiredService<RemoveStagedEvidenceService>().RemoveAsync(id, userId));
}
