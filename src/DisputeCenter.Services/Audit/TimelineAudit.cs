using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Services.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Audit;

/// <summary>What verification found wrong with a dispute's timeline or an evidence file.</summary>
public enum AuditProblem
{
    /// <summary>An entry's hash does not match its fields or its predecessor, or a sequence number is missing.</summary>
    ChainBroken,

    /// <summary>An entry without a seal: written before sealing began, or not by the app.</summary>
    EntryUnsealed,

    /// <summary>An entry sealed with a key this instance does not hold.</summary>
    EntrySealedWithUnknownKey,

    /// <summary>An entry whose seal does not match it: its fields were changed and its hashes recomputed without the key.</summary>
    EntrySealBroken,

    /// <summary>The dispute's recorded length or head does not match its last entry: entries were removed from the end.</summary>
    EntriesMissingAtEnd,

    /// <summary>The dispute's head has no seal, a seal under an unknown key, or one that does not match.</summary>
    HeadSealBroken,

    /// <summary>A stored evidence file whose SHA-256 or size is not what was recorded when it arrived.</summary>
    EvidenceChanged,

    /// <summary>An evidence file whose content is gone from the store.</summary>
    EvidenceMissing,
}

/// <summary>One timeline entry as stored, with its seal.</summary>
public sealed record SealedEntry(TimelineEntry Entry, string? KeyId, string? Seal);

/// <summary>A dispute's timeline head as stored on the dispute, with its seal.</summary>
public sealed record SealedHead(Guid DisputeId, int Length, string? Head, string? KeyId, string? Seal);

/// <summary>The first thing wrong with a timeline, at an entry's sequence number.</summary>
public sealed record TimelineFinding(int Sequence, AuditProblem Problem);

/// <summary>Checks a dispute's stored timeline against the domain's hash chain and the keyed seals.</summary>
public static class TimelineAudit
{
    /// <summary>The first problem, in sequence order, or null when the chain, every seal and the head verify.</summary>
    public static TimelineFinding? FirstProblem(IReadOnlyList<SealedEntry> entries, SealedHead head, AuditSeals seals)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(seals);
        var ordered = entries.OrderBy(e => e.Entry.Sequence).ToList();
        var broken = TimelineHasher.VerifyChain(ordered.Select(e => e.Entry));
        foreach (var sealedEntry in ordered.TakeWhile(e => broken is null || e.Entry.Sequence < broken))
        {
            var check = seals.CheckEntry(sealedEntry.Entry, sealedEntry.KeyId, sealedEntry.Seal);
            if (check != SealCheck.Valid)
            {
                var problem = check switch
                {
                    SealCheck.Missing => AuditProblem.EntryUnsealed,
                    SealCheck.UnknownKey => AuditProblem.EntrySealedWithUnknownKey,
                    _ => AuditProblem.EntrySealBroken,
                };
                return new TimelineFinding(sealedEntry.Entry.Sequence, problem);
            }
        }

        if (broken is { } sequence)
        {
            return new TimelineFinding(sequence, AuditProblem.ChainBroken);
        }

        if (head.Length != ordered.Count || !string.Equals(head.Head, ordered.LastOrDefault()?.Entry.Hash, StringComparison.Ordinal))
        {
            return new TimelineFinding(ordered.Count + 1, AuditProblem.EntriesMissingAtEnd);
        }

        return seals.CheckHead(head.DisputeId, head.Length, head.Head, head.KeyId, head.Seal) == SealCheck.Valid
            ? null
            : new TimelineFinding(ordered.Count, AuditProblem.HeadSealBroken);
    }

    /// <summary>The stored timelines and heads of <paramref name="disputeIds"/>, with their seals.</summary>
    internal static async Task<(ILookup<Guid, SealedEntry> Entries, IReadOnlyList<SealedHead> Heads)> LoadAsync(
        DisputeCenterDbContext db, IReadOnlyCollection<Guid> disputeIds, CancellationToken cancellationToken)
    {
        var heads = await db.Disputes.AsNoTracking()
            .Where(d => disputeIds.Contains(d.Id))
            .OrderBy(d => d.Id)
            .Select(d => new SealedHead(
                d.Id,
                d.TimelineLength,
                d.TimelineHead,
                EF.Property<string?>(d, DisputeConfiguration.TimelineSealKeyId),
                EF.Property<string?>(d, DisputeConfiguration.TimelineSeal)))
            .ToListAsync(cancellationToken);
        var entries = await db.DisputeEvents.AsNoTracking()
            .Where(e => disputeIds.Contains(e.DisputeId))
            .OrderBy(e => e.DisputeId).ThenBy(e => e.Sequence)
            .Select(e => new SealedEntry(
                e, EF.Property<string?>(e, TimelineEntryConfiguration.SealKeyId), EF.Property<string?>(e, TimelineEntryConfiguration.Seal)))
            .ToListAsync(cancellationToken);
        return (entries.ToLookup(e => e.Entry.DisputeId), heads);
    }
}
