using System.Buffers.Binary;
using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Services.Evidence.Sniffing;

/// <summary>
/// Watches every byte of a file whose format was sniffed, keeping only its last kilobyte and a little state, and
/// says at the end whether the whole file is what its head promised: text stays text, and a PNG, JPEG, GIF, PDF,
/// WebP or ISO-BMFF file is not cut short.
/// </summary>
public sealed class ContentInspector(EvidenceFormat format)
{
    private const int TailCapacity = 1024;

    private static ReadOnlySpan<byte> PngEnd => [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    private static ReadOnlySpan<byte> JpegEnd => [0xFF, 0xD9];

    private readonly byte[] _tail = new byte[TailCapacity];
    private readonly byte[] _start = new byte[12];
    private readonly Utf8TextValidator? _text = format is EvidenceFormat.PlainText or EvidenceFormat.Eml ? new() : null;
    private readonly IsoBmffBoxWalker? _boxes = format is EvidenceFormat.Mp4 or EvidenceFormat.QuickTime or EvidenceFormat.Heic ? new() : null;
    private int _tailLength;

    public EvidenceFormat Format => format;

    public long Length { get; private set; }

    public void Append(ReadOnlySpan<byte> data)
    {
        if (Length < _start.Length)
        {
            var take = (int)Math.Min(_start.Length - Length, data.Length);
            data[..take].CopyTo(_start.AsSpan((int)Length));
        }

        Length += data.Length;
        _text?.Append(data);
        _boxes?.Append(data);
        KeepTail(data);
    }

    /// <summary>Null when the file is whole and what it claims to be; otherwise the reason to refuse it.</summary>
    public string? Finish()
    {
        if (_text is not null)
        {
            return _text.Finish() ? null : RefusalReasons.NotAllowed;
        }

        return IsWhole() ? null : RefusalReasons.Incomplete;
    }

    private bool IsWhole()
    {
        var tail = _tail.AsSpan(0, _tailLength);
        return format switch
        {
            EvidenceFormat.Png => tail.EndsWith(PngEnd),
            EvidenceFormat.Jpeg => tail.TrimEnd((byte)0).EndsWith(JpegEnd),
            EvidenceFormat.Gif => tail.TrimEnd((byte)0).EndsWith(";"u8),
            EvidenceFormat.Pdf => tail.IndexOf("%%EOF"u8) >= 0,
            EvidenceFormat.WebP => Length >= 8 + (long)BinaryPrimitives.ReadUInt32LittleEndian(_start.AsSpan(4)),
            EvidenceFormat.Mp4 or EvidenceFormat.QuickTime or EvidenceFormat.Heic => _boxes!.EndsCleanly(),
            _ => true,
        };
    }

    private void KeepTail(ReadOnlySpan<byte> data)
    {
        if (data.Length >= TailCapacity)
        {
            data[^TailCapacity..].CopyTo(_tail);
            _tailLength = TailCapacity;
            return;
        }

        var keep = Math.Min(_tailLength, TailCapacity - data.Length);
        _tail.AsSpan(_tailLength - keep, keep).CopyTo(_tail);
        data.CopyTo(_tail.AsSpan(keep));
        _tailLength = keep + data.Length;
    }
}
