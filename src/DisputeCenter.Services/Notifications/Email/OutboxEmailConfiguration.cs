using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Notifications.Email;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("outbox_emails");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ToAddress).HasMaxLength(OutboxEmail.AddressMaxLength).IsRequired();
        builder.Property(e => e.ToName).HasMaxLength(OutboxEmail.NameMaxLength);
        builder.Property(e => e.Subject).HasMaxLength(OutboxEmail.SubjectMaxLength).IsRequired();
        builder.Property(e => e.TextBody).HasColumnType("text").IsRequired();
        builder.Property(e => e.LastError).HasMaxLength(OutboxEmail.LastErrorMaxLength);

        // The sender's query: queued emails, soonest attempt first.
        builder.HasIndex(e => e.NextAttemptAt).HasFilter("status = 'Queued'").HasDatabaseName("ix_outbox_emails_due");
    }
}

/// <summary>The email outbox, a table of this folder's own: the database type does not know it.</summary>
public static class OutboxEmailTable
{
    extension(DisputeCenterDbContext db)
    {
        public DbSet<OutboxEmail> OutboxEmails => db.Set<OutboxEmail>();
    }
}
