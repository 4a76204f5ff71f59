using System.Text;

namespace DisputeCenter.Services.Evidence.Sniffing;

/// <summary>A WebM file is an EBML document whose header says DocType "webm" (Matroska's own files say "matroska").</summary>
internal static class WebMSniffer
{
    private const ulong DocTypeId = 0x4282;

    public static bool IsWebM(ReadOnlySpan<byte> head)
    {
        var position = 4;
        if (!TryReadSize(head, ref position, out var headerSize))
        {
            return false;
        }

        var end = (int)Math.Min((ulong)head.Length, (ulong)position + headerSize);
        while (position < end)
        {
            if (!TryReadId(head, ref position, out var id) || !TryReadSize(head, ref position, out var size)
                || size > (ulong)(end - position))
            {
                return false;
            }

            if (id == DocTypeId)
            {
                return Encoding.ASCII.GetString(head.Slice(position, (int)size)).TrimEnd('\0') == "webm";
            }

            position += (int)size;
        }

        return false;
    }

    private static bool TryReadId(ReadOnlySpan<byte> data, ref int position, out ulong id) =>
        TryReadVint(data, ref position, keepMarker: true, out id);

    private static bool TryReadSize(ReadOnlySpan<byte> data, ref int position, out ulong size) =>
        TryReadVint(data, ref position, keepMarker: false, out size);

    private static bool TryReadVint(ReadOnlySpan<byte> data, ref int position, bool keepMarker, out ulong value)
    {
        value = 0;
        if (position >= data.Length || data[position] == 0)
        {
            return false;
        }

        var length = System.Numerics.BitOperations.LeadingZeroCount((uint)data[position]) - 23;
        if (position + length > data.Length)
        {
            return false;
        }

        value = keepMarker ? data[position] : (ulong)(data[position] & (0xFF >> length));
        for (var i = 1; i < length; i++)
        {
            value = (value << 8) | data[position + i];
        }

        position += length;
        return true;
    }
}
