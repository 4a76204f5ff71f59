using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Evidence;

/// <summary>Test helpers around the evidence tables of a fixture's database.</summary>
internal static class EvidenceVault
{
    public static IncomingFile File(string name, byte[] content, EvidenceKind kind = EvidenceKind.Photo, long? length = null) =>
        new(name, kind, null, () => new MemoryStream(content, writable: false), length);

    /// <summary>A real dispute to attach evidence to (evidence rows reference their dispute).</summary>
    public static async Task<Guid> NewDisputeAsync(this DatabaseFixture db) => (await db.FileAsync()).DisputeId;

    public static Task<Result<IReadOnlyList<StagedEvidence>>> StageAsync(
        this DatabaseFixture db, Guid disputeId, EvidenceUploader uploader, params IncomingFile[] files) =>
        db.InScopeAsync(s => s.GetRequiredService<StageEvidenceService>().StageAsync(disputeId, uploader, files));

    /// <summary>How many evidence records and content chunks the database holds.</summary>
    public static Task<(long Items, long Chunks)> CountsAsync(this DatabaseFixture db) =>
        db.WithDbAsync(async d => (
            await d.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM evidence_items").SingleAsync(),
            await d.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM evidence_chunks").SingleAsync()));

    public static Task<int> ExecuteAsync(this DatabaseFixture db, FormattableString sql) =>
        db.WithDbAsync(d => d.Database.ExecuteSqlAsync(sql));
}
