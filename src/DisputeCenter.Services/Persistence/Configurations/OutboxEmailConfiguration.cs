using DisputeCenter.Services.Notifications.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

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
