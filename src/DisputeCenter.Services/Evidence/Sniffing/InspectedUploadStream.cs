namespace DisputeCenter.Services.Evidence.Sniffing;

/// <summary>
/// The bytes already peeked at for sniffing, followed by the rest of the upload, shown to a
/// <see cref="ContentInspector"/> on the way through. Read-only and forward-only; nothing is buffered beyond the head.
/// </summary>
internal sealed class InspectedUploadStream(ReadOnlyMemory<byte> head, Stream rest, ContentInspector inspector) : Stream
{
    private ReadOnlyMemory<byte> _head = head;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => inspector.Length;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _head.IsEmpty ? rest.Read(buffer) : FromHead(buffer);
        inspector.Append(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = _head.IsEmpty ? await rest.ReadAsync(buffer, cancellationToken) : FromHead(buffer.Span);
        inspector.Append(buffer.Span[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int FromHead(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _head.Length);
        _head.Span[..count].CopyTo(buffer);
        _head = _head[count..];
        return count;
    }
}
