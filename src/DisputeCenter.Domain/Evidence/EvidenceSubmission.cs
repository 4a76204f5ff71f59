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
    private readonly long? _bytesStagedByUploader;

    private EvidenceSubmission(Guid disputeId, EvidenceUploader uploader, long bytesAlreadyOnDispute, long? bytesStagedByUploader)
    {
        DisputeId = disputeId;
        Uploader = uploader;
        _bytesAlreadyOnDispute = bytesAlreadyOnDispute;
        _bytesStagedByUploader = bytesStagedByUploader;
    }

    public Guid DisputeId { get; }

    public EvidenceUploader Uploader { get; }

    public IReadOnlyCollection<EvidenceItem> Items => _items.AsReadOnly();

    public long StagedBytes => _items.Sum(i => i.SizeBytes);

    /// <summary>How many more bytes the dispute can take, after what this submission staged so far.</summary>
    public long RemainingOnDispute => Math.Max(0, EvidenceLimits.DisputeTotalBytes - _bytesAlreadyOnDispute - StagedBytes);

    /// <summary>How many more bytes the uploader may stage, when the files wait as drafts; else unlimited.</summary>
    public long RemainingStagingQuota => _bytesStagedByUploader is { } staged
        ? Math.Max(0, EvidenceLimits.StagedPerAccountBytes - staged - StagedBytes)
        : long.MaxValue;

    /// <summary>How many more bytes this submission can take: the smaller of the dispute's and the uploader's room.</summary>
    public long RemainingAllowance => Math.Min(RemainingOnDispute, RemainingStagingQuota);

    /// <summary>
    /// Starts a submission. <paramref name="bytesStagedByUploader"/> is what the uploader already holds staged (not yet
    /// submitted) anywhere; given, the files wait as drafts and count against <see cref="EvidenceLimits.StagedPerAccountBytes"/>.
    /// Null for files that are sent at once (a message's attachments).
    /// </summary>
    public static EvidenceSubmission Start(
        Guid disputeId, EvidenceUploader uploader, int fileCount, long bytesAlreadyOnDispute, long? bytesStagedByUploader = null)
    {
        ArgumentNullException.ThrowIfNull(uploader);
        CheckRule(new UploaderMustBeAPartyOrModeratorRule(uploader));
        CheckRule(new SubmissionMustHaveFilesRule(fileCount));
        CheckRule(new SubmissionMustNotExceedFileCountRule(fileCount));
        return new EvidenceSubmission(disputeId, uploader, bytesAlreadyOnDispute, bytesStagedByUploader);
    }

    public EvidenceItem Stage(
        Guid id, EvidenceKind kind, string? caption, string? originalName, EvidenceFormat format, long sizeBytes, string sha256, DateTimeOffset now)
    {
        CheckRule(new SubmissionMustNotExceedFileCountRule(_items.Count + 1));
        var item = EvidenceItem.Stage(id, DisputeId, Uploader, kind, caption, originalName, format, sizeBytes, sha256, now);
        CheckRule(new DisputeEvidenceMustNotExceedTotalRule(item.OriginalName, _bytesAlreadyOnDispute + StagedBytes, sizeBytes));
        if (_bytesStagedByUploader is { } staged)
        {
            CheckRule(new StagedEvidenceMustNotExceedAccountQuotaRule(item.OriginalName, staged + StagedBytes, sizeBytes));
        }

        _items.Add(item);
        return item;
    }
}
