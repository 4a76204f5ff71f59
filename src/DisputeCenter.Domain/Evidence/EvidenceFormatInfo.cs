namespace DisputeCenter.Domain.Evidence;

/// <summary>The MIME type, file extension and family of one <see cref="EvidenceFormat"/>.</summary>
public sealed record EvidenceFormatInfo(EvidenceFormat Format, string MimeType, string Extension, EvidenceFamily Family)
{
    public long MaxBytes => EvidenceLimits.MaxBytesFor(Family);

    public static EvidenceFormatInfo Of(EvidenceFormat format) => format switch
    {
        EvidenceFormat.Jpeg => new(format, "image/jpeg", "jpg", EvidenceFamily.Image),
        EvidenceFormat.Png => new(format, "image/png", "png", EvidenceFamily.Image),
        EvidenceFormat.WebP => new(format, "image/webp", "webp", EvidenceFamily.Image),
        EvidenceFormat.Gif => new(format, "image/gif", "gif", EvidenceFamily.Image),
        EvidenceFormat.Heic => new(format, "image/heic", "heic", EvidenceFamily.Image),
        EvidenceFormat.Mp4 => new(format, "video/mp4", "mp4", EvidenceFamily.Video),
        EvidenceFormat.WebM => new(format, "video/webm", "webm", EvidenceFamily.Video),
        EvidenceFormat.QuickTime => new(format, "video/quicktime", "mov", EvidenceFamily.Video),
        EvidenceFormat.Pdf => new(format, "application/pdf", "pdf", EvidenceFamily.Document),
        EvidenceFormat.PlainText => new(format, "text/plain", "txt", EvidenceFamily.Text),
        EvidenceFormat.Eml => new(format, "message/rfc822", "eml", EvidenceFamily.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown evidence format."),
    };
}
