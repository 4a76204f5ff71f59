using System.Buffers;
using System.Security.Cryptography;
using DisputeCenter.Services.Evidence.Storage;

namespace DisputeCenter.Services.Evidence.StageEvidence;

/// <summary>
/// Temporary files holding an upload's files while its body arrives, however slowly, so that no database connection
/// waits on the client: the files go to the store afterwards, from local disk, in one short transaction. Each file is
/// deleted when the spool is disposed (they live under the system's temp directory, <c>TMPDIR</c>).
/// </summary>
internal sealed class EvidenceSpool : IAsyncDisposable
{
    private const int BufferSize = 256 * 1024;
    private readonly Dictionary<Guid, FileStream> _files = [];

    /// <summary>Where a file being uploaded waits: named by its evidence id, so an operator can tell what it is.</summary>
    public static string PathFor(Guid evidenceId) => Path.Combine(Path.GetTempPath(), $"disputecenter-upload-{evidenceId:N}");

    /// <summary>
    /// Deletes the spool files a killed process left behind (a file is deleted on close, and SIGKILL closes nothing). A
    /// live upload's file is held with an exclusive lock (<see cref="FileShare.None"/> takes one on Unix too), so only
    /// files nobody holds are removed, even when several instances share the temp directory. Returns how many.
    /// </summary>
    public static int RemoveAbandoned()
    {
        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(Path.GetTempPath(), "disputecenter-upload-*"))
        {
            try
            {
                using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose))
                {
                    removed++;
                }
            }
            catch (IOException)
            {
                // Held by a live upload, or gone already.
            }
            catch (UnauthorizedAccessException)
            {
                // Someone else's file.
            }
        }

        return removed;
    }

    /// <summary>Copies <paramref name="content"/> to a new temporary file, counting and hashing as the store does.</summary>
    public async Task<StoredFile> WriteAsync(Guid evidenceId, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var file = new FileStream(PathFor(evidenceId), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        _files.Add(evidenceId, file);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long total = 0;
            while (true)
            {
                // At most one byte past the limit, so an oversized upload is stopped without reading the rest.
                var want = (int)Math.Min(BufferSize, maxBytes - total + 1);
                var read = await content.ReadAsync(buffer.AsMemory(0, want), cancellationToken);
                if (read == 0)
                {
                    await file.FlushAsync(cancellationToken);
                    return new StoredFile(total, Convert.ToHexStringLower(hash.GetHashAndReset()));
                }

                total += read;
                if (total > maxBytes)
                {
                    throw new EvidenceTooLargeException(maxBytes);
                }

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The spooled content from its start. The spool owns (and later deletes) the file: do not dispose it.</summary>
    public Stream Read(Guid evidenceId)
    {
        var file = _files[evidenceId];
        file.Position = 0;
        return file;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var file in _files.Values)
        {
            await file.DisposeAsync();
        }

        _files.Clear();
    }
}
