using System.Buffers;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence.Rules;

namespace DisputeCenter.Domain.Evidence;

/// <summary>
/// One file of evidence on a dispute: what it is (detected from its content), who added it, and its fingerprint.
/// The content itself lives in the evidence store under <see cref="Id"/>.
/// </summary>
public sealed class EvidenceItem : Entity
{
    public const int CaptionMaxLength = 500;
    public const int HiddenReasonMaxLength = 1000;
    public const int UserIdMaxLength = UserId.MaxLength;
    public const int StoredNameMaxLength = 64;
    public const int Sha256Length = 64;

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    private EvidenceItem()
    {
        UploaderId = null!;
        StoredName = null!;
        OriginalName = null!;
        Sha256 = null!;
    }

    public Guid Id { get; private set; }

    public Guid DisputeId { get; private set; }

    public ActorKind UploadedBy { get; private set; }

    public string UploaderId { get; private set; }

    public EvidenceKind Kind { get; private set; }

    public string? Caption { get; private set; }

    /// <summary>The name the vault gives the file, <c>{id}.{ext}</c>: the only name ever offered for download.</summary>
    public string StoredName { get; private set; }

    /// <summary>The uploader's own name for the file, sanitised, for display only.</summary>
    public string OriginalName { get; private set; }

    public EvidenceFormat Format { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public EvidenceStatus Status { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? HiddenReason { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public string? HiddenBy { get; private set; }

    public uint Version { get; private set; }

    public string MimeType => EvidenceFormatInfo.Of(Format).MimeType;

    /// <summary>
    /// Records a file that has been stored. Prefer <see cref="EvidenceSubmission.Stage"/>, which also keeps the
    /// submission and the dispute within their limits.
    /// </summary>
    public static EvidenceItem Stage(
        Guid id,
        Guid disputeId,
        EvidenceUploader uploader,
        EvidenceKind kind,
        string? caption,
        string? originalName,
        EvidenceFormat format,
        long sizeBytes,
        string sha256,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(uploader);
        ArgumentNullException.ThrowIfNull(sha256);
        if (sha256.Length != Sha256Length || sha256.AsSpan().ContainsAnyExcept(LowerHex))
        {
            throw new ArgumentException("A SHA-256 is 64 lower-case hex digits.", nameof(sha256));
        }

        var name = EvidenceFileName.Sanitise(originalName);
        CheckRule(new UploaderMustBeAPartyOrModeratorRule(uploader));
        CheckRule(new FileMustNotBeEmptyRule(name, sizeBytes));
        CheckRule(new FileMustNotExceedFormatLimitRule(name, format, sizeBytes));
        CheckRule(new EvidenceCaptionMustNotBeTooLongRule(caption));
        return new EvidenceItem
        {
            Id = id,
            DisputeId = disputeId,
            UploadedBy = uploader.Kind,
            UploaderId = uploader.UserId,
            Kind = kind,
            Caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim(),
            StoredName = $"{id:N}.{EvidenceFormatInfo.Of(format).Extension}",
            OriginalName = name,
            Format = format,
            SizeBytes = sizeBytes,
            Sha256 = sha256,
            ReceivedAt = now.ToUniversalTime(),
            Status = EvidenceStatus.Staged,
        };
    }

    public void Submit(DateTimeOffset now)
    {
        CheckRule(new EvidenceMustBeInStatusRule(Status, "submit this evidence", EvidenceStatus.Staged));
        Status = EvidenceStatus.Submitted;
        SubmittedAt = now.ToUniversalTime();
    }

    /// <summary>A moderator hides submitted evidence from the parties (abusive or private content); it stays on record.</summary>
    public void Hide(string moderatorId, string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moderatorId);
        CheckRule(new EvidenceMustBeInStatusRule(Status, "hide this evidence", EvidenceStatus.Submitted));
        CheckRule(new HiddenReasonMustBeGivenRule(reason));
        Status = EvidenceStatus.Hidden;
        HiddenReason = reason.Trim();
        HiddenAt = now.ToUniversalTime();
        HiddenBy = moderatorId;
    }

    /// <summary>
    /// Refuses unless <paramref name="userId"/> may remove this item now: only its uploader, only while staged.
    /// The caller then deletes the record and its content.
    /// </summary>
    public void CheckRemovableBy(string userId)
    {
        CheckRule(new SubmittedEvidenceCannotBeRemovedRule(Status));
        CheckRule(new OnlyTheUploaderCanRemoveEvidenceRule(UploaderId, userId));
    }
}
