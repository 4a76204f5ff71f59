using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Domain.Support;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Support;

internal sealed class SupportTicketConfiguration : IEntityTypeConfiguration<SupportTicket>
{
    /// <summary>Where ticket numbers start: SUP-100001 reads as a reference, not as a count.</summary>
    public const long FirstNumber = 100001;

    public void Configure(EntityTypeBuilder<SupportTicket> builder)
    {
        builder.ToTable("support_tickets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Number).UseIdentityAlwaysColumn().HasIdentityOptions(startValue: FirstNumber);
        builder.HasIndex(t => t.Number).IsUnique();
        builder.Ignore(t => t.Reference);

        // Optimistic concurrency on PostgreSQL's xmin: two moderators answering at once, one is told to look again.
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(t => t.CustomerId).HasMaxLength(SupportTicket.UserIdMaxLength).IsRequired();
        builder.Property(t => t.AssignedModeratorId).HasMaxLength(SupportTicket.UserIdMaxLength);
        builder.Property(t => t.Subject).HasMaxLength(SupportTicket.SubjectMaxLength).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.AssignedModeratorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Dispute>().WithMany().HasForeignKey(t => t.DisputeId).OnDelete(DeleteBehavior.Restrict);

        // The customer's list, newest first; the queue, longest waiting first.
        builder.HasIndex(t => new { t.CustomerId, t.LastActivityAt });
        builder.HasIndex(t => new { t.Status, t.WaitingSince });

        builder.HasMany(t => t.Messages).WithOne().HasForeignKey("TicketId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Messages).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_messages");
    }
}

internal sealed class SupportMessageConfiguration : IEntityTypeConfiguration<SupportMessage>
{
    public void Configure(EntityTypeBuilder<SupportMessage> builder)
    {
        builder.ToTable("support_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.AuthorUserId).HasMaxLength(SupportMessage.UserIdMaxLength).IsRequired();
        builder.Property(m => m.Body).HasMaxLength(SupportMessage.BodyMaxLength).IsRequired();
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey("MessageId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_attachments");
    }
}

internal sealed class SupportAttachmentConfiguration : IEntityTypeConfiguration<SupportAttachment>
{
    public void Configure(EntityTypeBuilder<SupportAttachment> builder)
    {
        builder.ToTable("support_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.OriginalName).HasMaxLength(EvidenceFileName.MaxLength).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(EvidenceItem.Sha256Length).IsFixedLength().IsRequired();
        builder.Ignore(a => a.MimeType);
        builder.Ignore(a => a.Family);
    }
}

/// <summary>The help desk's tables, this folder's own: the database type does not know them.</summary>
public static class SupportTables
{
    extension(DisputeCenterDbContext db)
    {
        public DbSet<SupportTicket> SupportTickets => db.Set<SupportTicket>();
    }
}
