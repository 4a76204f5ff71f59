namespace DisputeCenter.Services.Disputes.CaseBundle;

/// <summary>
/// Lets <see cref="System.IO.Compression.ZipArchive"/> write to a stream that allows only asynchronous writes (a
/// response body). In .NET 10 the archive still writes a few small records synchronously even on its async paths (the
/// data descriptor after each entry, the central directory): those wait here, in memory, and go out ahead of the next
/// asynchronous write or on <see cref="FlushAsync(CancellationToken)"/>. The content itself passes straight through.
/// </summary>
internal sealed class AsyncWriteThrough(Stream inner) : Stream
{
    private readonly MemoryStream _waiting = new();
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    /// <summary>How many bytes were written, for the archive's offsets (it never seeks).</summary>
    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _waiting.Write(buffer);
        _written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendWaitingAsync(cancellationToken);
        await inner.WriteAsync(buffer, cancellationToken);
        _written += buffer.Length;
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendWaitingAsync(cancellationToken);
        await inner.FlushAsync(cancellationToken);
    }

    /// <summary>Nothing can be sent synchronously: what waits goes out with the next asynchronous write or flush.</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _waiting.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task SendWaitingAsync(CancellationToken cancellationToken)
    {
        if (_waiting.Length > 0)
        {
            await inner.WriteAsync(_waiting.GetBuffer().AsMemory(0, (int)_waiting.Length), cancellationToken);
            _waiting.SetLength(0);
        }
    }
}
