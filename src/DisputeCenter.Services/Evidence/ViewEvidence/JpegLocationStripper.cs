namespace DisputeCenter.Services.Evidence.ViewEvidence;

/// <summary>
/// What other parties see of a JPEG photo: the same image without its APP1 segments (Exif, which holds the GPS
/// position, and XMP). Only the header before the image data is read into memory (a few segments of at most
/// 64 KB each); the image data itself streams through untouched. The stored original keeps its hash.
/// </summary>
public static class JpegLocationStripper
{
    private const int MaxHeaderBytes = 4 * 1024 * 1024;

    public static async Task<Stream> StripAsync(Stream jpeg, CancellationToken cancellationToken)
    {
        var kept = new MemoryStream();
        var marker = new byte[2];
        await jpeg.ReadExactlyAsync(marker, cancellationToken);
        if (marker[0] != 0xFF || marker[1] != 0xD8)
        {
            throw new InvalidDataException("Not a JPEG file.");
        }

        kept.Write(marker);
        while (kept.Length < MaxHeaderBytes)
        {
            await jpeg.ReadExactlyAsync(marker, cancellationToken);
            if (marker[0] != 0xFF)
            {
                throw new InvalidDataException("A JPEG header segment does not start with a marker.");
            }

            while (marker[1] == 0xFF)
            {
                // Fill bytes before a marker.
                marker[1] = (byte)ReadByte(jpeg);
            }

            var code = marker[1];
            if (code is 0xD9 or 0xDA || code is >= 0xD0 and <= 0xD7 or 0x01)
            {
                // Start of scan (or end of image): the header is over, the rest is image data.
                kept.Write(marker);
                break;
            }

            var lengthBytes = new byte[2];
            await jpeg.ReadExactlyAsync(lengthBytes, cancellationToken);
            var length = (lengthBytes[0] << 8) | lengthBytes[1];
            var payload = new byte[Math.Max(0, length - 2)];
            await jpeg.ReadExactlyAsync(payload, cancellationToken);
            if (code == 0xE1)
            {
                continue;
            }

            kept.Write(marker);
            kept.Write(lengthBytes);
            kept.Write(payload);
        }

        kept.Position = 0;
        return new ConcatenatedStream(kept, jpeg);
    }

    private static int ReadByte(Stream stream)
    {
        var value = stream.ReadByte();
        return value < 0 ? throw new EndOfStreamException("The JPEG ended inside its header.") : value;
    }

    private sealed class ConcatenatedStream(Stream first, Stream second) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = first.Read(buffer, offset, count);
            return read > 0 ? read : second.Read(buffer, offset, count);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await first.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : await second.ReadAsync(buffer, cancellationToken);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                first.Dispose();
                second.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
