using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Notifications.Reminders;

internal sealed class DeadlineReminderConfiguration : IEntityTypeConfiguration<DeadlineReminder>
{
    public void Configure(EntityTypeBuilder<DeadlineReminder> builder)
    {
        builder.ToTable("deadline_reminders");
        builder.HasKey(r => new { r.DisputeId, r.DueAt });
        builder.HasOne<Dispute>().WithMany().HasForeignKey(r => r.DisputeId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The deadlines already reminded, a table of this folder's own: the database type does not know it.</summary>
public static class DeadlineReminderTable
{
    extension(DisputeCenterDbContext db)
    {
        public DbSet<DeadlineReminder> DeadlineReminders => db.Set<DeadlineReminder>();
    }
}
