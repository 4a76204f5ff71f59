using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence;

/// <summary>How much evidence a file, a submission and a dispute may hold. A megabyte here is 1024 × 1024 bytes.</summary>
public static class EvidenceLimits
{
    public const long Megabyte = 1024 * 1024;
    public const long ImageMaxBytes = 20 * Megabyte;
    public const long VideoMaxBytes = 200 * Megabyte;
    public const long PdfMaxBytes = 25 * Megabyte;
    public const long TextMaxBytes = 5 * Megabyte;
    public const int FilesPerSubmission = 20;
    public const long DisputeTotalBytes = 1024 * Megabyte;

    /// <summary>
    /// What one account may hold staged but not yet submitted, over all its disputes and filing drafts: enough for a
    /// full video and its photos, and a ceiling on what a stranger can park in the vault without a dispute to show.
    /// </summary>
    public const long StagedPerAccountBytes = 256 * Megabyte;

    public static long MaxBytesFor(EvidenceFamily family) => family switch
    {
        EvidenceFamily.Image => ImageMaxBytes,
        EvidenceFamily.Video => VideoMaxBytes,
        EvidenceFamily.Document => PdfMaxBytes,
        EvidenceFamily.Text => TextMaxBytes,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Unknown evidence family."),
    };

    public static long MaxBytesFor(EvidenceFormat format) => EvidenceFormatInfo.Of(format).MaxBytes;

    /// <summary>The family in words, for messages: "the 200 MB limit for videos".</summary>
    public static DomainText Describe(EvidenceFamily family) => DomainText.Plain(family switch
    {
        EvidenceFamily.Image => "images",
        EvidenceFamily.Video => "videos",
        EvidenceFamily.Document => "PDF files",
        _ => "text and email files",
    });

    /// <summary>A size in MB for messages, rounded up to a tenth so that "over the limit" never reads as equal to it.</summary>
    public static DomainText FormatMegabytes(long bytes)
    {
        var megabytes = (bytes * 10 + Megabyte - 1) / Megabyte / 10m;
        return DomainText.Of($"{megabytes:0.#} MB");
    }
}
