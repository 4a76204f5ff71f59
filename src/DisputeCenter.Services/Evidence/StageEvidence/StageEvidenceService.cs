using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Evidence.Storage;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Services.Evidence.StageEvidence;

/// <summary>
/// Adds a batch of files to a dispute as staged evidence: each is sniffed, held to its limit and streamed into the
/// store. One refused file refuses the whole batch, and then nothing of it is kept. Whether the uploader may act on
/// the dispute is the caller's check; this service records who the uploader is. Staged files count against the
/// dispute's total and the uploader's staging quota, both checked under locks so that two uploads at once cannot
/// both squeeze past a limit.
/// </summary>
public sealed partial class StageEvidenceService(
    DisputeCenterDbContext db, IEvidenceStore store, TimeProvider clock, ILogger<StageEvidenceService> logger)
{
    private const string Savepoint = "stage_evidence";

    /// <summary>
    /// Stages files whose content is already local (a form the server buffered): they are checked and written to the
    /// store inside one transaction. A body still arriving from the client goes through <see cref="BeginBatchAsync"/>.
    /// </summary>
    public Task<Result<IReadOnlyList<StagedEvidence>>> StageAsync(
        Guid disputeId, EvidenceUploader uploader, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uploader);
        ArgumentNullException.ThrowIfNull(files);
        var now = clock.GetUtcNow();
        return StoreAsync(disputeId, uploader, files.Count, async submission =>
        {
            var writer = new EvidenceFileWriter(store, submission);
            foreach (var file in files)
            {
                if (await writer.WriteAsync(file, now, cancellationToken) is { } refusal)
                {
                    return refusal;
                }
            }

            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// An upload whose files arrive one by one (a streamed request): each is checked and spooled to a temporary file as
    /// it arrives, holding no database connection while the client sends, and all are staged together, or none, when
    /// the batch commits.
    /// </summary>
    public async Task<EvidenceBatch> BeginBatchAsync(Guid disputeId, EvidenceUploader uploader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uploader);
        var (onDispute, stagedByUploader) = await UsageAsync(disputeId, uploader, cancellationToken);
        return new EvidenceBatch(this, EvidenceSubmission.Start(disputeId, uploader, 1, onDispute, stagedByUploader), clock);
    }

    /// <summary>Moves a batch's spooled files into the store, rechecking the limits under the locks.</summary>
    internal Task<Result<IReadOnlyList<StagedEvidence>>> StoreSpooledAsync(
        EvidenceSubmission spooled, EvidenceSpool spool, CancellationToken cancellationToken) =>
        StoreAsync(spooled.DisputeId, spooled.Uploader, spooled.Items.Count, async submission =>
        {
            foreach (var item in spooled.Items)
            {
                var stored = await store.WriteAsync(item.Id, spool.Read(item.Id), item.SizeBytes, cancellationToken);
                if (stored.SizeBytes != item.SizeBytes || stored.Sha256 != item.Sha256)
                {
                    throw new InvalidOperationException($"The spooled file for evidence {item.Id} changed on disk before it was stored.");
                }

                submission.Stage(item.Id, item.Kind, item.Caption, item.OriginalName, item.Format, item.SizeBytes, item.Sha256, item.ReceivedAt);
            }

            return null;
        }, cancellationToken);

    /// <summary>
    /// One transaction (or a savepoint inside the caller's): takes the uploader's and the dispute's locks, reads what
    /// both already hold, lets <paramref name="write"/> fill the submission, and saves it; on a refusal keeps nothing.
    /// </summary>
    private async Task<Result<IReadOnlyList<StagedEvidence>>> StoreAsync(
        Guid disputeId, EvidenceUploader uploader, int fileCount, Func<EvidenceSubmission, Task<Result?>> write, CancellationToken cancellationToken)
    {
        var outer = db.Database.CurrentTransaction;
        await using var own = outer is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (outer is not null)
        {
            await outer.CreateSavepointAsync(Savepoint, cancellationToken);
        }

        EvidenceSubmission? submission = null;
        try
        {
            // The uploader's lock first, then the dispute's: always in this order, so two uploads cannot deadlock.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(uploader.UserId)})", cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(disputeId)})", cancellationToken);
            var (onDispute, stagedByUploader) = await UsageAsync(disputeId, uploader, cancellationToken);
            submission = EvidenceSubmission.Start(disputeId, uploader, fileCount, onDispute, stagedByUploader);
            if (await write(submission) is { } refusal)
            {
                return await RefuseAsync(outer, disputeId, refusal, cancellationToken);
            }

            db.EvidenceItems.AddRange(submission.Items);
            await db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            LogStaged(logger, submission.Items.Count, submission.StagedBytes, disputeId, uploader.Kind);
            return Result<IReadOnlyList<StagedEvidence>>.Ok(submission.Items.Select(StagedEvidence.From).ToList());
        }
        catch (BusinessRuleValidationException broken)
        {
            Forget(submission);
            return await RefuseAsync(outer, disputeId, Result.Refused(broken.BrokenRule), cancellationToken);
        }
        catch
        {
            Forget(submission);
            // Undo the written chunks even when the failure was the caller cancelling.
            await RollBackAsync(outer, CancellationToken.None);
            throw;
        }
    }

    /// <summary>The bytes of evidence on the dispute, and what the uploader holds staged (not yet submitted) anywhere.</summary>
    private async Task<(long OnDispute, long StagedByUploader)> UsageAsync(Guid disputeId, EvidenceUploader uploader, CancellationToken cancellationToken)
    {
        var onDispute = await db.EvidenceItems.Where(e => e.DisputeId == disputeId).SumAsync(e => e.SizeBytes, cancellationToken);
        var staged = await db.EvidenceItems
            .Where(e => e.UploaderId == uploader.UserId && e.Status == EvidenceStatus.Staged)
            .SumAsync(e => e.SizeBytes, cancellationToken);
        return (onDispute, staged);
    }

    private static long LockKey(Guid disputeId) => BitConverter.ToInt64(disputeId.ToByteArray(), 0);

    /// <summary>A key for the uploader's own lock, from a hash of the account id (stable across processes).</summary>
    private static long LockKey(string userId) =>
        BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("evidence-uploader:" + userId)), 0);

    private async Task<Result<IReadOnlyList<StagedEvidence>>> RefuseAsync(
        IDbContextTransaction? outer, Guid disputeId, Result refusal, CancellationToken cancellationToken)
    {
        await RollBackAsync(outer, cancellationToken);
        LogRefused(logger, disputeId, refusal.Messages[0]);
        return Result<IReadOnlyList<StagedEvidence>>.From(refusal);
    }

    /// <summary>Undoes the chunks already written: to the savepoint inside a caller's transaction, else all of ours.</summary>
    private static async Task RollBackAsync(IDbContextTransaction? outer, CancellationToken cancellationToken = default)
    {
        if (outer is not null)
        {
            await outer.RollbackToSavepointAsync(Savepoint, cancellationToken);
        }
    }

    private void Forget(EvidenceSubmission? submission)
    {
        foreach (var item in submission?.Items ?? [])
        {
            db.Entry(item).State = EntityState.Detached;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staged {FileCount} evidence files ({Bytes} bytes) on dispute {DisputeId} from the {UploaderKind}")]
    private static partial void LogStaged(ILogger logger, int fileCount, long bytes, Guid disputeId, Domain.Common.ActorKind uploaderKind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused evidence for dispute {DisputeId}: {Reason}")]
    private static partial void LogRefused(ILogger logger, Guid disputeId, DomainText reason);
}
