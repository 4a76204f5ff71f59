using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace DisputeCenter.Services.Evidence.Storage;

/// <summary>
/// A read-only, seekable window [start, start + length) over stored content. Fetches only the part of one chunk that
/// it needs next, so it holds at most one chunk in memory. Closes the DbContext connection it opened when disposed.
/// </summary>
internal sealed class PostgresEvidenceReadStream(DatabaseFacade database, Guid evidenceId, long start, long length) : Stream
{
    private const string Fetch =
        $"SELECT substring(data FROM $2 FOR $3) FROM {EvidenceChunkConfiguration.Table} WHERE evidence_id = $1 AND chunk_index = $4";

    private byte[] _buffer = [];
    private long _bufferStart = -1;
    private long _position;
    private bool _disposed;

    public override bool CanRead => !_disposed;

    public override bool CanSeek => !_disposed;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (!Buffered())
        {
            if (_position >= length || buffer.IsEmpty)
            {
                return 0;
            }

            using var command = FetchCommand();
            Fill(command.ExecuteScalar());
        }

        return CopyOut(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!Buffered())
        {
            if (_position >= length || buffer.IsEmpty)
            {
                return 0;
            }

            await using var command = FetchCommand();
            Fill(await command.ExecuteScalarAsync(cancellationToken));
        }

        return CopyOut(buffer.Span);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };
        ArgumentOutOfRangeException.ThrowIfNegative(target, nameof(offset));
        return _position = target;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            _buffer = [];
            await database.CloseConnectionAsync();
        }

        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _buffer = [];
            database.CloseConnection();
        }

        base.Dispose(disposing);
    }

    private bool Buffered()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var absolute = start + _position;
        return _position < length && absolute >= _bufferStart && absolute < _bufferStart + _buffer.Length;
    }

    private NpgsqlCommand FetchCommand()
    {
        var absolute = start + _position;
        var within = absolute % PostgresEvidenceStore.ChunkSize;
        var count = Math.Min(PostgresEvidenceStore.ChunkSize - within, length - _position);
        var command = PostgresEvidenceStore.Command(database, Fetch, evidenceId);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (int)within + 1 });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (int)count });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (int)(absolute / PostgresEvidenceStore.ChunkSize) });
        _bufferStart = absolute;
        return command;
    }

    private void Fill(object? data)
    {
        if (data is not byte[] { Length: > 0 } bytes)
        {
            _buffer = [];
            _bufferStart = -1;
            throw new EvidenceContentNotFoundException(evidenceId, $"the chunk holding byte {start + _position} is missing");
        }

        _buffer = bytes;
    }

    private int CopyOut(Span<byte> destination)
    {
        var from = (int)(start + _position - _bufferStart);
        var count = (int)Math.Min(Math.Min(destination.Length, _buffer.Length - from), length - _position);
        _buffer.AsSpan(from, count).CopyTo(destination);
        _position += count;
        return count;
    }
}
