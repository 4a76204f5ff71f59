using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore.Storage;

namespace DisputeCenter.Services.Evidence.StageEvidence;

/// <summary>
/// An upload read file by file off the wire (a streamed multipart body): each file is staged as it arrives,
/// inside one transaction, so a refusal anywhere keeps nothing of the whole upload.
/// </summary>
public sealed class EvidenceBatch : IAsyncDisposable
{
    private readonly StageEvidenceService _stage;
    private readonly IDbContextTransaction _transaction;
    private readonly Guid _disputeId;
    private readonly EvidenceUploader _uploader;
    private readonly List<StagedEvidence> _staged = [];

    private EvidenceBatch(StageEvidenceService stage, IDbContextTransaction transaction, Guid disputeId, EvidenceUploader uploader)
    {
        _stage = stage;
        _transaction = transaction;
        _disputeId = disputeId;
        _uploader = uploader;
    }

    public IReadOnlyList<StagedEvidence> Staged => _staged;

    internal static async Task<EvidenceBatch> BeginAsync(
        DisputeCenterDbContext db, StageEvidenceService stage, Guid disputeId, EvidenceUploader uploader, CancellationToken cancellationToken) =>
        new(stage, await db.Database.BeginTransactionAsync(cancellationToken), disputeId, uploader);

    /// <summary>Stages one more file; on a refusal the caller stops and disposes the batch, which keeps nothing.</summary>
    public async Task<Result<IReadOnlyList<StagedEvidence>>> AddAsync(IncomingFile file, CancellationToken cancellationToken)
    {
        if (_staged.Count >= EvidenceLimits.FilesPerSubmission)
        {
            return Result<IReadOnlyList<StagedEvidence>>.Invalid(
                [new Domain.Evidence.Rules.SubmissionMustNotExceedFileCountRule(_staged.Count + 1).Text]);
        }

        var result = await _stage.StageAsync(_disputeId, _uploader, [file], cancellationToken);
        if (result.Succeeded)
        {
            _staged.AddRange(result.Value!);
        }

        return result;
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public ValueTask DisposeAsync() => _transaction.DisposeAsync();
}
