using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Notifications.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class DeadlineReminderConfiguration : IEntityTypeConfiguration<DeadlineReminder>
{
    public void Configure(EntityTypeBuilder<DeadlineReminder> builder)
    {
        builder.ToTable("deadline_reminders");
        builder.HasKey(r => new { r.DisputeId, r.DueAt });
        builder.HasOne<Dispute>().WithMany().HasForeignKey(r => r.DisputeId).OnDelete(DeleteBehavior.Cascade);
    }
}
