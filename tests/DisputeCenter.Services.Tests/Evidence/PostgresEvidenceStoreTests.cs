using System.Security.Cryptography;
using DisputeCenter.Services.Evidence.Storage;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Evidence;

public sealed class PostgresEvidenceStoreTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private const int Chunk = PostgresEvidenceStore.ChunkSize;

    [Fact]
    public async Task Content_crossing_several_chunks_reads_back_byte_for_byte_with_its_sha256()
    {
        var content = EvidenceFiles.Pattern((5 * Chunk) + 123);
        var id = Guid.NewGuid();

        var stored = await WriteAsync(id, content);

        Assert.Equal(content.Length, stored.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.Equal(content, await ReadAsync(id, 0, null, bufferSize: 64 * 1024));
        Assert.Equal(6, await CountChunksAsync(id));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 100)]
    [InlineData(Chunk - 1, 2)]
    [InlineData(Chunk, null)]
    [InlineData(Chunk + 12_345, (2 * Chunk) + 7)]
    [InlineData((3 * Chunk) - 5, 10)]
    [InlineData((3 * Chunk) + 122, null)]
    [InlineData((3 * Chunk) + 123, null)]
    [InlineData(17, 1_000_000_000)]
    public async Task A_range_starting_mid_chunk_reads_exactly_that_range(int offset, int? length)
    {
        var content = EvidenceFiles.Pattern((3 * Chunk) + 123);
        var id = Guid.NewGuid();
        await WriteAsync(id, content);
        var expected = content.AsSpan(offset, Math.Min(length ?? int.MaxValue, content.Length - offset)).ToArray();

        Assert.Equal(expected, await ReadAsync(id, offset, length, bufferSize: 7_919));
        Assert.Equal(expected, await ReadAsync(id, offset, length, bufferSize: Chunk * 2));
    }

    [Fact]
    public async Task The_read_stream_seeks_and_reads_synchronously_too()
    {
        var content = EvidenceFiles.Pattern((2 * Chunk) + 10);
        var id = Guid.NewGuid();
        await WriteAsync(id, content);

        await db.InScopeAsync(async s =>
        {
            await using var stream = await s.GetRequiredService<IEvidenceStore>().OpenReadAsync(id, offset: 5);
            Assert.True(stream.CanSeek);
            Assert.Equal(content.Length - 5, stream.Length);
            stream.Seek(Chunk, SeekOrigin.Begin);
            var buffer = new byte[20];
            stream.ReadExactly(buffer);
            Assert.Equal(content.AsSpan(Chunk + 5, 20).ToArray(), buffer);
            stream.Position = 0;
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(content[5..], copy.ToArray());
        });
    }

    [Fact]
    public async Task Writing_stops_one_byte_past_the_limit_and_keeps_nothing()
    {
        var id = Guid.NewGuid();
        var source = new CountingStream(new MemoryStream(EvidenceFiles.Pattern(3 * Chunk)));
        const long limit = Chunk + (Chunk / 2);

        await Assert.ThrowsAsync<EvidenceTooLargeException>(() => WriteAsync(id, source, limit));

        Assert.Equal(limit + 1, source.BytesRead);
        Assert.Equal(0, await CountChunksAsync(id));
    }

    [Fact]
    public async Task Content_exactly_at_the_limit_is_kept()
    {
        var content = EvidenceFiles.Pattern(2 * Chunk);
        var id = Guid.NewGuid();

        var stored = await WriteAsync(id, new MemoryStream(content), maxBytes: content.Length);

        Assert.Equal(content.Length, stored.SizeBytes);
        Assert.Equal(content, await ReadAsync(id, 0, null, bufferSize: Chunk));
    }

    [Fact]
    public async Task Empty_content_round_trips()
    {
        var id = Guid.NewGuid();

        var stored = await WriteAsync(id, []);

        Assert.Equal(0, stored.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([])), stored.Sha256);
        Assert.Empty(await ReadAsync(id, 0, null, bufferSize: 10));
    }

    [Fact]
    public async Task Content_is_written_only_inside_the_callers_transaction()
    {
        await db.InScopeAsync(async s =>
            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                s.GetRequiredService<IEvidenceStore>().WriteAsync(Guid.NewGuid(), new MemoryStream([1, 2, 3]), 10)));
    }

    [Fact]
    public async Task Deleted_content_is_gone_and_unknown_content_is_reported()
    {
        var id = Guid.NewGuid();
        await WriteAsync(id, EvidenceFiles.Pattern(Chunk + 1));

        await db.InScopeAsync(s => s.GetRequiredService<IEvidenceStore>().DeleteAsync(id));

        await Assert.ThrowsAsync<EvidenceContentNotFoundException>(() => ReadAsync(id, 0, null, bufferSize: 10));
    }

    private Task<StoredFile> WriteAsync(Guid id, byte[] content) => WriteAsync(id, new MemoryStream(content), long.MaxValue);

    private Task<StoredFile> WriteAsync(Guid id, Stream content, long maxBytes) =>
        db.InScopeAsync(async s =>
        {
            var context = s.GetRequiredService<DisputeCenterDbContext>();
            await using var transaction = await context.Database.BeginTransactionAsync();
            var stored = await s.GetRequiredService<IEvidenceStore>().WriteAsync(id, content, maxBytes);
            await transaction.CommitAsync();
            return stored;
        });

    private Task<byte[]> ReadAsync(Guid id, long offset, long? length, int bufferSize) =>
        db.InScopeAsync(async s =>
        {
            await using var stream = await s.GetRequiredService<IEvidenceStore>().OpenReadAsync(id, offset, length);
            var copy = new MemoryStream();
            await stream.CopyToAsync(copy, bufferSize);
            return copy.ToArray();
        });

    private Task<long> CountChunksAsync(Guid id) =>
        db.WithDbAsync(d => d.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM evidence_chunks WHERE evidence_id = {id}").SingleAsync());
}
