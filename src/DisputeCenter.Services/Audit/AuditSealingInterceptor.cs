using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DisputeCenter.Services.Audit;

/// <summary>
/// Seals every timeline entry the app saves, and the head of every dispute whose timeline grew, on the way to the
/// database: whichever use case records an event (a page, the deadline sweep, the seeder), nothing reaches
/// <c>dispute_events</c> from the app unsealed.
/// </summary>
internal sealed class AuditSealingInterceptor(AuditSeals seals) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Seal(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Seal(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Seal(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<TimelineEntry>().Where(e => e.State == EntityState.Added))
        {
            entry.Property(TimelineEntryConfiguration.SealKeyId).CurrentValue = seals.CurrentKeyId;
            entry.Property(TimelineEntryConfiguration.Seal).CurrentValue = seals.SealEntry(entry.Entity);
        }

        foreach (var entry in context.ChangeTracker.Entries<Dispute>())
        {
            if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Property(d => d.TimelineLength).IsModified))
            {
                var dispute = entry.Entity;
                entry.Property(DisputeConfiguration.TimelineSealKeyId).CurrentValue = seals.CurrentKeyId;
                entry.Property(DisputeConfiguration.TimelineSeal).CurrentValue = seals.SealHead(dispute.Id, dispute.TimelineLength, dispute.TimelineHead);
            }
        }
    }
}
