using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence.Rules;

namespace DisputeCenter.Domain.Evidence;

/// <summary>
/// One batch of files added to a dispute together: at most <see cref="EvidenceLimits.FilesPerSubmission"/> files,
/// and never more than the dispute's remaining allowance. Not persisted; it stages the <see cref="EvidenceItem"/>s.
/// </summary>
public sealed class EvidenceSubmission : Entity
{
    private readonly List<EvidenceItem> _items = [];
    private readonly long _bytesAlreadyOnDispute;

    private EvidenceSubmission(Guid disputeId, EvidenceUploader uploader, long bytesAlreadyOnDispute)
    {
        DisputeId = disputeId;
        Uploader = uploader;
        _bytesAlreadyOnDispute = bytesAlreadyOnDispute;
    }

    public Guid DisputeId { get; }

    public EvidenceUploader Uploader { get; }

    public IReadOnlyCollection<EvidenceItem> Items => _items.AsReadOnly();

    public long StagedBytes => _items.Sum(i => i.SizeBytes);

    /// <summary>How many more bytes the dispute can take, after what this submission staged so far.</summary>
    public long RemainingAllowance => Math.Max(0, EvidenceLimits.DisputeTotalBytes - _bytesAlreadyOnDispute - StagedBytes);

    public static EvidenceSubmission Start(Guid disputeId, EvidenceUploader uploader, int fileCount, long bytesAlreadyOnDispute)
    {
        ArgumentNullException.ThrowIfNull(uploader);
        CheckRule(new UploaderMustBeAPartyOrModeratorRule(uploader));
        CheckRule(new SubmissionMustHaveFilesRule(fileCount));
        CheckRule(new SubmissionMustNotExceedFileCountRule(fileCount));
        return new EvidenceSubmission(disputeId, uploader, bytesAlreadyOnDispute);
    }

    public EvidenceItem Stage(
        Guid id, EvidenceKind kind, string? caption, string? originalName, EvidenceFormat format, long sizeBytes, string sha256, DateTimeOffset now)
    {
        CheckRule(new SubmissionMustNotExceedFileCountRule(_items.Count + 1));
        var item = EvidenceItem.Stage(id, DisputeId, Uploader, kind, caption, originalName, format, sizeBytes, sha256, now);
        CheckRule(new DisputeEvidenceMustNotExceedTotalRule(item.OriginalName, _bytesAlreadyOnDispute + StagedBytes, sizeBytes));
        _items.Add(item);
        return item;
    }
}
