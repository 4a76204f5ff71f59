using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Domain.Support;

/// <summary>
/// A file sent with a support message: a photo, video, PDF or text checked by the evidence vault like a conversation's
/// attachment. Its content is stored by id like evidence; never edited.
/// </summary>
public sealed class SupportAttachment
{
    private SupportAttachment()
    {
        OriginalName = null!;
        Sha256 = null!;
    }

    public SupportAttachment(Guid id, string originalName, EvidenceFormat format, long sizeBytes, string sha256)
    {
        Id = id;
        OriginalName = EvidenceFileName.Sanitise(originalName);
        Format = format;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
    }

    public Guid Id { get; private set; }

    public string OriginalName { get; private set; }

    public EvidenceFormat Format { get; private set; }

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; }

    public string MimeType => EvidenceFormatInfo.Of(Format).MimeType;

    public EvidenceFamily Family => EvidenceFormatInfo.Of(Format).Family;
}
