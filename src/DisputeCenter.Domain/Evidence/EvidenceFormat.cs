namespace DisputeCenter.Domain.Evidence;

/// <summary>What a file's content turned out to be. Always detected from the bytes, never from a name or a browser's guess.</summary>
public enum EvidenceFormat
{
    Jpeg,
    Png,
    WebP,
    Gif,
    Heic,
    Mp4,
    WebM,
    QuickTime,
    Pdf,
    PlainText,
    Eml,
}
