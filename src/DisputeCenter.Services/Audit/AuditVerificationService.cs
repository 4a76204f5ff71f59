using System.Diagnostics;
using DisputeCenter.Services.Evidence.VerifyEvidence;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Audit;

/// <summary>One thing verification found wrong: a dispute's timeline at an entry, or one of its evidence files.</summary>
public sealed record AuditBreak(Guid DisputeId, AuditProblem Problem, int? Sequence = null, Guid? EvidenceId = null, string? FileName = null);

/// <summary>What a whole-database verification read, what it found, and how long it took.</summary>
public sealed record AuditReport(int Disputes, long Entries, int EvidenceFiles, long EvidenceBytes, IReadOnlyList<AuditBreak> Breaks, TimeSpan Took)
{
    public bool IsIntact => Breaks.Count == 0;
}

/// <summary>
/// Verifies every dispute's timeline (the domain's hash chain, each entry's keyed seal, the sealed head) and every stored
/// evidence file's SHA-256, for an administrator. Reads in batches, so the memory it needs does not grow with the database.
/// </summary>
public sealed class AuditVerificationService(DisputeCenterDbContext db, AuditSeals seals, VerifyEvidenceService evidence)
{
    private const int DisputeBatch = 500;

    private const int EvidenceBatch = 200;

    public async Task<AuditReport> VerifyAllAsync(CancellationToken cancellationToken = default)
    {
        var took = Stopwatch.StartNew();
        var breaks = new List<AuditBreak>();
        var (disputes, entries) = await VerifyTimelinesAsync(breaks, cancellationToken);
        var (files, bytes) = await VerifyEvidenceAsync(breaks, cancellationToken);
        return new AuditReport(disputes, entries, files, bytes, breaks, took.Elapsed);
    }

    private async Task<(int Disputes, long Entries)> VerifyTimelinesAsync(List<AuditBreak> breaks, CancellationToken cancellationToken)
    {
        var disputes = 0;
        var entries = 0L;
        Guid? after = null;
        while (true)
        {
            var ids = await db.Disputes.AsNoTracking()
                .Where(d => after == null || d.Id.CompareTo(after.Value) > 0)
                .OrderBy(d => d.Id)
                .Select(d => d.Id)
                .Take(DisputeBatch)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return (disputes, entries);
            }

            var (timelines, heads) = await TimelineAudit.LoadAsync(db, ids, cancellationToken);
            foreach (var head in heads)
            {
                var timeline = timelines[head.DisputeId].ToList();
                if (TimelineAudit.FirstProblem(timeline, head, seals) is { } finding)
                {
                    breaks.Add(new AuditBreak(head.DisputeId, finding.Problem, finding.Sequence));
                }

                entries += timeline.Count;
            }

            disputes += ids.Count;
            after = ids[^1];
        }
    }

    private async Task<(int Files, long Bytes)> VerifyEvidenceAsync(List<AuditBreak> breaks, CancellationToken cancellationToken)
    {
        var files = 0;
        var bytes = 0L;
        Guid? after = null;
        while (true)
        {
            var batch = await db.EvidenceItems.AsNoTracking()
                .Where(e => after == null || e.Id.CompareTo(after.Value) > 0)
                .OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.DisputeId, e.StoredName })
                .Take(EvidenceBatch)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return (files, bytes);
            }

            foreach (var item in batch)
            {
                var verified = await evidence.VerifyAsync(item.Id, cancellationToken);
                if (!verified.Succeeded)
                {
                    continue; // removed since the batch was read
                }

                var integrity = verified.Value!;
                bytes += integrity.ActualSize;
                if (!integrity.IsIntact)
                {
                    var problem = integrity.ActualSha256 is null ? AuditProblem.EvidenceMissing : AuditProblem.EvidenceChanged;
                    breaks.Add(new AuditBreak(item.DisputeId, problem, EvidenceId: item.Id, FileName: item.StoredName));
                }
            }

            files += batch.Count;
            after = batch[^1].Id;
        }
    }
}
