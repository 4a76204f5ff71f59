using System.Buffers.Binary;
using System.Text;
using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Services.Evidence.Sniffing;

/// <summary>HEIC, MP4 and QuickTime all start with an ISO-BMFF <c>ftyp</c> box; its brands say which one it is.</summary>
internal static class IsoBmffBrands
{
    private static readonly Dictionary<string, EvidenceFormat> Known = new(StringComparer.Ordinal)
    {
        ["heic"] = EvidenceFormat.Heic,
        ["heix"] = EvidenceFormat.Heic,
        ["heim"] = EvidenceFormat.Heic,
        ["heis"] = EvidenceFormat.Heic,
        ["hevc"] = EvidenceFormat.Heic,
        ["hevx"] = EvidenceFormat.Heic,
        ["mif1"] = EvidenceFormat.Heic,
        ["msf1"] = EvidenceFormat.Heic,
        ["qt  "] = EvidenceFormat.QuickTime,
        ["isom"] = EvidenceFormat.Mp4,
        ["iso2"] = EvidenceFormat.Mp4,
        ["iso3"] = EvidenceFormat.Mp4,
        ["iso4"] = EvidenceFormat.Mp4,
        ["iso5"] = EvidenceFormat.Mp4,
        ["iso6"] = EvidenceFormat.Mp4,
        ["iso7"] = EvidenceFormat.Mp4,
        ["iso8"] = EvidenceFormat.Mp4,
        ["iso9"] = EvidenceFormat.Mp4,
        ["mp41"] = EvidenceFormat.Mp4,
        ["mp42"] = EvidenceFormat.Mp4,
        ["mp71"] = EvidenceFormat.Mp4,
        ["avc1"] = EvidenceFormat.Mp4,
        ["M4V "] = EvidenceFormat.Mp4,
        ["M4VH"] = EvidenceFormat.Mp4,
        ["M4VP"] = EvidenceFormat.Mp4,
        ["dash"] = EvidenceFormat.Mp4,
        ["mmp4"] = EvidenceFormat.Mp4,
        ["f4v "] = EvidenceFormat.Mp4,
        ["MSNV"] = EvidenceFormat.Mp4,
        ["XAVC"] = EvidenceFormat.Mp4,
    };

    /// <summary>Major brands of formats that are not evidence formats, even though their compatible brands may be.</summary>
    private static readonly HashSet<string> Refused = new(StringComparer.Ordinal)
    {
        "avif", "avis", "M4A ", "M4B ", "M4P ", "crx ", "jp2 ", "jpx ", "3gp4", "3gp5", "3gp6", "3g2a",
    };

    /// <summary>Generic "image file" brands: on their own, as a compatible brand, they do not make a file HEIC.</summary>
    private static readonly HashSet<string> TooGeneric = new(StringComparer.Ordinal) { "mif1", "msf1" };

    public static EvidenceFormat? Classify(ReadOnlySpan<byte> head)
    {
        var boxSize = BinaryPrimitives.ReadUInt32BigEndian(head);
        if (boxSize < 16 || boxSize % 4 != 0 || boxSize > 4096)
        {
            return null;
        }

        var major = Brand(head, 8);
        if (Known.TryGetValue(major, out var format))
        {
            return format;
        }

        if (Refused.Contains(major))
        {
            return null;
        }

        var end = (int)Math.Min(boxSize, head.Length);
        for (var offset = 16; offset + 4 <= end; offset += 4)
        {
            var brand = Brand(head, offset);
            if (!TooGeneric.Contains(brand) && Known.TryGetValue(brand, out format))
            {
                return format;
            }
        }

        return null;
    }

    private static string Brand(ReadOnlySpan<byte> head, int offset) => Encoding.Latin1.GetString(head.Slice(offset, 4));
}
