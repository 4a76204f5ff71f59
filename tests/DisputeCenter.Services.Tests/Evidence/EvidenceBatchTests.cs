using System.Security.Cryptography;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DisputeCenter.Services.Tests.Evidence.EvidenceVault;

namespace DisputeCenter.Services.Tests.Evidence;

/// <summary>A streamed upload: its files are checked and spooled as they arrive, and reach the vault only on commit.</summary>
public sealed class EvidenceBatchTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task While_files_arrive_nothing_is_written_and_no_transaction_is_open_and_commit_stages_them_all()
    {
        var buyer = await db.Data.BuyerAsync();
        var disputeId = await db.NewDisputeAsync();
        var photo = EvidenceFiles.Jpeg();
        var before = await db.CountsAsync();

        await db.InScopeAsync(async services =>
        {
            var stage = services.GetRequiredService<StageEvidenceService>();
            await using var batch = await stage.BeginBatchAsync(disputeId, EvidenceUploader.Buyer(buyer.Id));
            Assert.True((await batch.AddAsync(File("a.jpg", photo), CancellationToken.None)).Succeeded);
            Assert.True((await batch.AddAsync(File("b.txt", EvidenceFiles.Text()), CancellationToken.None)).Succeeded);

            Assert.Equal(before, await db.CountsAsync());
            Assert.Equal(0, await OpenTransactionsAsync(services));
            var staged = await batch.CommitAsync(CancellationToken.None);

            Assert.True(staged.Succeeded, string.Join("; ", staged.Errors));
            Assert.Equal(["a.jpg", "b.txt"], staged.Value!.Select(s => s.OriginalName));
        });

        var items = await db.WithDbAsync(d => d.EvidenceItems.Where(e => e.DisputeId == disputeId).OrderBy(e => e.OriginalName).ToListAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(photo)), items[0].Sha256);
        Assert.Equal(before.Items + 2, (await db.CountsAsync()).Items);
        Assert.All(items, item => Assert.False(System.IO.File.Exists(EvidenceSpool.PathFor(item.Id))));
    }

    [Fact]
    public async Task A_batch_never_committed_leaves_no_rows_and_no_temporary_files()
    {
        var buyer = await db.Data.BuyerAsync();
        var disputeId = await db.NewDisputeAsync();
        var before = await db.CountsAsync();
        var spooled = new List<string>();

        await db.InScopeAsync(async services =>
        {
            await using var batch = await services.GetRequiredService<StageEvidenceService>().BeginBatchAsync(disputeId, EvidenceUploader.Buyer(buyer.Id));
            Assert.True((await batch.AddAsync(File("a.jpg", EvidenceFiles.Jpeg()), CancellationToken.None)).Succeeded);
            spooled.AddRange(batch.SpooledIds.Select(EvidenceSpool.PathFor));
            Assert.True(System.IO.File.Exists(Assert.Single(spooled)));
        });

        Assert.Equal(before, await db.CountsAsync());
        Assert.All(spooled, path => Assert.False(System.IO.File.Exists(path)));
    }

    [Fact]
    public async Task Two_batches_that_each_fit_alone_cannot_both_take_the_last_room_on_a_dispute()
    {
        var buyer = await db.Data.BuyerAsync();
        var disputeId = await db.NewDisputeAsync();
        var first = await db.StageAsync(disputeId, EvidenceUploader.Buyer(buyer.Id), File("big.txt", EvidenceFiles.Text()));
        await db.ExecuteAsync($"UPDATE evidence_items SET size_bytes = {EvidenceLimits.DisputeTotalBytes - 100}, status = 'Submitted' WHERE id = {Assert.Single(first.Value!).Id}");
        var sixty = EvidenceFiles.Text(new string('x', 60));

        await db.InScopeAsync(async one =>
        {
            await db.InScopeAsync(async two =>
            {
                await using var a = await one.GetRequiredService<StageEvidenceService>().BeginBatchAsync(disputeId, EvidenceUploader.Buyer(buyer.Id));
                await using var b = await two.GetRequiredService<StageEvidenceService>().BeginBatchAsync(disputeId, EvidenceUploader.Buyer(buyer.Id));
                Assert.True((await a.AddAsync(File("a.txt", sixty), CancellationToken.None)).Succeeded);
                Assert.True((await b.AddAsync(File("b.txt", sixty), CancellationToken.None)).Succeeded);

                Assert.True((await a.CommitAsync(CancellationToken.None)).Succeeded);
                var late = await b.CommitAsync(CancellationToken.None);

                Assert.Equal(["b.txt: the evidence on a dispute can total at most 1024 MB, and 0.1 MB is left."], late.Errors);
            });
        });

        Assert.Equal(["a.txt", "big.txt"], await db.WithDbAsync(d => d.EvidenceItems.Where(e => e.DisputeId == disputeId).OrderBy(e => e.OriginalName).Select(e => e.OriginalName).ToListAsync()));
    }

    /// <summary>Connections to this test's database sitting inside a transaction: what a slow upload used to hold.</summary>
    private async Task<long> OpenTransactionsAsync(IServiceProvider services) =>
        await services.GetRequiredService<DisputeCenterDbContext>().Database
            .SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM pg_stat_activity WHERE datname = {db.DatabaseName} AND state LIKE 'idle in transaction%'")
            .SingleAsync();
}
