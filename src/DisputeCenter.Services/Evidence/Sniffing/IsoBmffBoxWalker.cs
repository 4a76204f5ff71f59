using System.Buffers.Binary;

namespace DisputeCenter.Services.Evidence.Sniffing;

/// <summary>
/// Follows the top-level boxes of an ISO-BMFF file (MP4, MOV, HEIC) as it streams past, reading only their
/// 8- or 16-byte headers. A file that ends before its last box does, or a box with an impossible size, is damaged.
/// </summary>
internal sealed class IsoBmffBoxWalker
{
    private readonly byte[] _header = new byte[16];
    private long _position;
    private long _nextBox;
    private int _headerBytes;
    private bool _toEnd;

    public bool IsDamaged { get; private set; }

    public void Append(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty && !_toEnd && !IsDamaged)
        {
            if (_position < _nextBox)
            {
                var skip = (int)Math.Min(data.Length, _nextBox - _position);
                data = data[skip..];
                _position += skip;
                continue;
            }

            var needed = HeaderLength() - _headerBytes;
            var take = Math.Min(needed, data.Length);
            data[..take].CopyTo(_header.AsSpan(_headerBytes));
            data = data[take..];
            _headerBytes += take;
            _position += take;
            if (_headerBytes == HeaderLength())
            {
                ReadHeader();
            }
        }
    }

    /// <summary>Whether the file ended exactly where its last box did.</summary>
    public bool EndsCleanly() => !IsDamaged && (_toEnd || (_headerBytes == 0 && _position == _nextBox));

    private int HeaderLength() =>
        _headerBytes >= 4 && BinaryPrimitives.ReadUInt32BigEndian(_header) == 1 ? 16 : 8;

    private void ReadHeader()
    {
        var headerLength = _headerBytes;
        var boxStart = _position - headerLength;
        long size = BinaryPrimitives.ReadUInt32BigEndian(_header);
        if (size == 1)
        {
            var large = BinaryPrimitives.ReadUInt64BigEndian(_header.AsSpan(8));
            size = large > long.MaxValue ? -1 : (long)large;
        }

        _headerBytes = 0;
        if (size == 0)
        {
            _toEnd = true;
            return;
        }

        if (size < headerLength || boxStart > long.MaxValue - size)
        {
            IsDamaged = true;
            return;
        }

        _nextBox = boxStart + size;
    }
}
