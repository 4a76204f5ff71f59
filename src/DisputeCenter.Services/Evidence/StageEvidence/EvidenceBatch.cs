using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Common;

namespace DisputeCenter.Services.Evidence.StageEvidence;

/// <summary>
/// An upload read file by file off the wire (a streamed multipart body). Each file is sniffed, held to its limits and
/// spooled to a temporary file as it arrives, so a refused file stops the upload at once and a slow client holds no
/// database connection. <see cref="CommitAsync"/> stages them all in one short transaction; disposing the batch
/// deletes the temporary files, so an upload that is refused, cancelled or never committed keeps nothing.
/// </summary>
public sealed class EvidenceBatch : IAsyncDisposable
{
    private readonly StageEvidenceService _stage;
    private readonly EvidenceSubmission _submission;
    private readonly EvidenceSpool _spool = new();
    private readonly EvidenceFileWriter _writer;
    private readonly TimeProvider _clock;

    internal EvidenceBatch(StageEvidenceService stage, EvidenceSubmission submission, TimeProvider clock)
    {
        _stage = stage;
        _submission = submission;
        _clock = clock;
        _writer = new EvidenceFileWriter(_spool.WriteAsync, submission);
    }

    /// <summary>How many files arrived and passed their checks so far.</summary>
    public int Count => _submission.Items.Count;

    /// <summary>The evidence ids of the files spooled so far (their temporary files are <see cref="EvidenceSpool.PathFor"/>).</summary>
    internal IEnumerable<Guid> SpooledIds => _submission.Items.Select(i => i.Id);

    /// <summary>Checks and spools one more file; on a refusal the caller stops and disposes the batch.</summary>
    public async Task<Result<int>> AddAsync(IncomingFile file, CancellationToken cancellationToken)
    {
        if (Count >= EvidenceLimits.FilesPerSubmission)
        {
            return Result<int>.Refused(new Domain.Evidence.Rules.SubmissionMustNotExceedFileCountRule(Count + 1));
        }

        try
        {
            return await _writer.WriteAsync(file, _clock.GetUtcNow(), cancellationToken) is { } refusal
                ? Result<int>.From(refusal)
                : Result<int>.Ok(Count);
        }
        catch (BusinessRuleValidationException broken)
        {
            return Result<int>.Refused(broken.BrokenRule);
        }
    }

    /// <summary>
    /// Stages every spooled file, or none: the limits are checked again under the locks, as another upload may have
    /// used the room meanwhile.
    /// </summary>
    public Task<Result<IReadOnlyList<StagedEvidence>>> CommitAsync(CancellationToken cancellationToken) =>
        _stage.StoreSpooledAsync(_submission, _spool, cancellationToken);

    public ValueTask DisposeAsync() => _spool.DisposeAsync();
}
