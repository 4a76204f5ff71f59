using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Notifications;
using DisputeCenter.Domain.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.RecipientId).HasMaxLength(Notification.UserIdMaxLength).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength).IsRequired();
        builder.Ignore(n => n.IsRead);

        builder.HasOne<Dispute>().WithMany().HasForeignKey(n => n.DisputeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SupportTicket>().WithMany().HasForeignKey(n => n.SupportTicketId).OnDelete(DeleteBehavior.Restrict);

        // About a dispute or about a support ticket: exactly one of the two.
        builder.ToTable(t => t.HasCheckConstraint("ck_notifications_about_one", "(dispute_id IS NULL) <> (support_ticket_id IS NULL)"));
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Restrict);

        // The list, newest first; and the header's unread count, from a small partial index.
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt }).IsDescending(false, true);
        builder.HasIndex(n => n.RecipientId).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
        builder.HasIndex(n => n.DisputeId);
    }
}
