using System.Buffers;
using System.Security.Cryptography;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Evidence.Storage;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Evidence.VerifyEvidence;

/// <summary>Re-reads stored evidence and hashes it again, to show it is byte for byte what was received.</summary>
public sealed class VerifyEvidenceService(DisputeCenterDbContext db, IEvidenceStore store)
{
    private const int BufferSize = 128 * 1024;

    public async Task<Result<EvidenceIntegrity>> VerifyAsync(Guid evidenceId, CancellationToken cancellationToken = default)
    {
        var recorded = await db.EvidenceItems.AsNoTracking()
            .Where(e => e.Id == evidenceId)
            .Select(e => new { e.Sha256, e.SizeBytes })
            .SingleOrDefaultAsync(cancellationToken);
        if (recorded is null)
        {
            return Result<EvidenceIntegrity>.Invalid(["There is no such evidence."]);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long size = 0;
        try
        {
            await using var content = await store.OpenReadAsync(evidenceId, cancellationToken: cancellationToken);
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                size += read;
            }
        }
        catch (EvidenceContentNotFoundException)
        {
            return Result<EvidenceIntegrity>.Ok(new EvidenceIntegrity(evidenceId, recorded.Sha256, recorded.SizeBytes, null, size));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        return Result<EvidenceIntegrity>.Ok(new EvidenceIntegrity(evidenceId, recorded.Sha256, recorded.SizeBytes, actual, size));
    }
}
