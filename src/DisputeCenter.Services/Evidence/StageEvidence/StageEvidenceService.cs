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
/// the dispute is the caller's check; this service records who the uploader is.
/// </summary>
public sealed partial class StageEvidenceService(
    DisputeCenterDbContext db, IEvidenceStore store, TimeProvider clock, ILogger<StageEvidenceService> logger)
{
    private const string Savepoint = "stage_evidence";

    public async Task<Result<IReadOnlyList<StagedEvidence>>> StageAsync(
        Guid disputeId, EvidenceUploader uploader, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uploader);
        ArgumentNullException.ThrowIfNull(files);
        var outer = db.Database.CurrentTransaction;
        await using var own = outer is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (outer is not null)
        {
            await outer.CreateSavepointAsync(Savepoint, cancellationToken);
        }

        EvidenceSubmission? submission = null;
        try
        {
            // One submission at a time per dispute, so two at once can't both pass the dispute's total.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(disputeId)})", cancellationToken);
            var already = await db.EvidenceItems.Where(e => e.DisputeId == disputeId).SumAsync(e => e.SizeBytes, cancellationToken);
            submission = EvidenceSubmission.Start(disputeId, uploader, files.Count, already);
            var now = clock.GetUtcNow();
            var writer = new EvidenceFileWriter(store, submission);
            foreach (var file in files)
            {
                var refusal = await writer.WriteAsync(file, now, cancellationToken);
                if (refusal is not null)
                {
                    return await RefuseAsync(outer, disputeId, refusal, cancellationToken);
                }
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
            return await RefuseAsync(outer, disputeId, broken.BrokenRule.Text, cancellationToken);
        }
        catch
        {
            Forget(submission);
            // Undo the written chunks even when the failure was the caller cancelling.
            await RollBackAsync(outer, CancellationToken.None);
            throw;
        }
    }

    /// <summary>An upload whose files arrive one by one (a streamed request): staged together or not at all.</summary>
    public Task<EvidenceBatch> BeginBatchAsync(Guid disputeId, EvidenceUploader uploader, CancellationToken cancellationToken = default) =>
        EvidenceBatch.BeginAsync(db, this, disputeId, uploader, cancellationToken);

    private static long LockKey(Guid disputeId) => BitConverter.ToInt64(disputeId.ToByteArray(), 0);

    private async Task<Result<IReadOnlyList<StagedEvidence>>> RefuseAsync(
        IDbContextTransaction? outer, Guid disputeId, DomainText reason, CancellationToken cancellationToken)
    {
        await RollBackAsync(outer, cancellationToken);
        LogRefused(logger, disputeId, reason);
        return Result<IReadOnlyList<StagedEvidence>>.Invalid([reason]);
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
