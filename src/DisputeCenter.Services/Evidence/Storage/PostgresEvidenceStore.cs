using System.Buffers;
using System.Security.Cryptography;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DisputeCenter.Services.Evidence.Storage;

/// <summary>
/// Keeps evidence content in PostgreSQL, in 1 MiB rows of <c>evidence_chunks</c>, on the DbContext's own connection
/// and transaction: the content and its <see cref="Domain.Evidence.EvidenceItem"/> commit together or not at all.
/// </summary>
public sealed class PostgresEvidenceStore(DisputeCenterDbContext db) : IEvidenceStore
{
    public const int ChunkSize = 1024 * 1024;

    private const string Insert =
        $"INSERT INTO {EvidenceChunkConfiguration.Table} (evidence_id, chunk_index, data) VALUES ($1, $2, $3)";

    private const string LastChunk =
        $"SELECT chunk_index, octet_length(data) FROM {EvidenceChunkConfiguration.Table} WHERE evidence_id = $1 ORDER BY chunk_index DESC LIMIT 1";

    private const string Delete = $"DELETE FROM {EvidenceChunkConfiguration.Table} WHERE evidence_id = $1";

    public async Task<StoredFile> WriteAsync(Guid evidenceId, Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException("Evidence content is written inside the caller's transaction; begin one first.");

        await using var insert = new NpgsqlCommand(Insert, transaction.Connection, transaction);
        var index = new NpgsqlParameter<int>();
        var data = new NpgsqlParameter<ReadOnlyMemory<byte>> { NpgsqlDbType = NpgsqlDbType.Bytea };
        insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = evidenceId });
        insert.Parameters.Add(index);
        insert.Parameters.Add(data);
        await insert.PrepareAsync(cancellationToken);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long total = 0;
            for (var chunk = 0; ; chunk++)
            {
                // Ask for at most one byte past the limit, so an oversized upload is stopped without reading the rest.
                var want = maxBytes - total >= ChunkSize ? ChunkSize : (int)(maxBytes - total + 1);
                var read = await content.ReadAtLeastAsync(buffer.AsMemory(0, want), want, throwOnEndOfStream: false, cancellationToken);
                total += read;
                if (total > maxBytes)
                {
                    throw new EvidenceTooLargeException(maxBytes);
                }

                if (read > 0 || chunk == 0)
                {
                    hash.AppendData(buffer, 0, read);
                    index.TypedValue = chunk;
                    data.TypedValue = buffer.AsMemory(0, read);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }

                if (read < want)
                {
                    return new StoredFile(total, Convert.ToHexStringLower(hash.GetHashAndReset()));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task<Stream> OpenReadAsync(Guid evidenceId, long offset = 0, long? length = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (length is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A length can't be negative.");
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var total = await TotalLengthAsync(evidenceId, cancellationToken);
            if (offset > total)
            {
                throw new ArgumentOutOfRangeException(nameof(offset), offset, $"The content is {total} bytes long.");
            }

            var window = Math.Min(length ?? long.MaxValue, total - offset);
            return new PostgresEvidenceReadStream(db.Database, evidenceId, offset, window);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    public async Task DeleteAsync(Guid evidenceId, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var delete = Command(db.Database, Delete, evidenceId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    internal static NpgsqlCommand Command(DatabaseFacade database, string sql, Guid evidenceId)
    {
        var command = new NpgsqlCommand(
            sql, (NpgsqlConnection)database.GetDbConnection(), database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = evidenceId });
        return command;
    }

    private async Task<long> TotalLengthAsync(Guid evidenceId, CancellationToken cancellationToken)
    {
        await using var last = Command(db.Database, LastChunk, evidenceId);
        await using var reader = await last.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new EvidenceContentNotFoundException(evidenceId, "no chunks");
        }

        return ((long)reader.GetInt32(0) * ChunkSize) + reader.GetInt32(1);
    }
}
