using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Services.Evidence.Sniffing;

/// <summary>
/// Decides what a file is from its first bytes (its magic number), never from its name or the type a browser
/// declared. Programs are refused whatever they are called; anything unrecognised is refused.
/// </summary>
public static class ContentSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> wants to see.</summary>
    public const int HeadLength = 8 * 1024;

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    /// <param name="head">The first <see cref="HeadLength"/> bytes, or the whole file when it is shorter.</param>
    /// <param name="isWholeFile">Whether <paramref name="head"/> is all there is.</param>
    public static SniffResult Sniff(ReadOnlySpan<byte> head, bool isWholeFile)
    {
        if (head.IsEmpty)
        {
            return SniffResult.Empty;
        }

        if (IsProgram(head))
        {
            return SniffResult.Refused(RefusalReasons.Program);
        }

        var format = Binary(head);
        if (format is not null)
        {
            return SniffResult.Is(format.Value);
        }

        return LooksBinary(head) ? SniffResult.Refused(RefusalReasons.NotAllowed) : TextSniffer.Sniff(head, isWholeFile);
    }

    private static EvidenceFormat? Binary(ReadOnlySpan<byte> head)
    {
        if (Starts(head, [0xFF, 0xD8, 0xFF]))
        {
            return EvidenceFormat.Jpeg;
        }

        if (head.StartsWith(Png))
        {
            return EvidenceFormat.Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return EvidenceFormat.Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return EvidenceFormat.WebP;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return IsoBmffBrands.Classify(head);
        }

        if (Starts(head, [0x1A, 0x45, 0xDF, 0xA3]))
        {
            return WebMSniffer.IsWebM(head) ? EvidenceFormat.WebM : null;
        }

        return head.StartsWith("%PDF-"u8) ? EvidenceFormat.Pdf : null;
    }

    private static bool Starts(ReadOnlySpan<byte> head, ReadOnlySpan<byte> magic) => head.StartsWith(magic);

    private static bool IsProgram(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8)
        || Starts(head, [0x7F, 0x45, 0x4C, 0x46])
        || head.StartsWith("#!"u8)
        || Starts(head, [0xFE, 0xED, 0xFA, 0xCE])
        || Starts(head, [0xFE, 0xED, 0xFA, 0xCF])
        || Starts(head, [0xCE, 0xFA, 0xED, 0xFE])
        || Starts(head, [0xCF, 0xFA, 0xED, 0xFE])
        || Starts(head, [0xCA, 0xFE, 0xBA, 0xBE])
        || Starts(head, [0x00, 0x61, 0x73, 0x6D]);

    /// <summary>A signature this sniffer knows and refuses (PNG without its header chunk, other ISO-BMFF or EBML files).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head) =>
        head.StartsWith(Png[..8])
        || (head.Length >= 8 && head[4..8].SequenceEqual("ftyp"u8))
        || Starts(head, [0x1A, 0x45, 0xDF, 0xA3])
        || head.StartsWith("RIFF"u8);
}
