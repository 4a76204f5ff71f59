using DisputeCenter.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    private const int EnumMaxLength = 32;

    public void Configure(EntityTypeBuilder<EvidenceItem> builder)
    {
        builder.ToTable("evidence_items");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.UploadedBy).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(e => e.UploaderId).HasMaxLength(EvidenceItem.UserIdMaxLength).IsRequired();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(e => e.Caption).HasMaxLength(EvidenceItem.CaptionMaxLength);
        builder.Property(e => e.StoredName).HasMaxLength(EvidenceItem.StoredNameMaxLength).IsRequired();
        builder.HasIndex(e => e.StoredName).IsUnique();
        builder.Property(e => e.OriginalName).HasMaxLength(EvidenceFileName.MaxLength).IsRequired();
        builder.Property(e => e.Format).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(e => e.Sha256).HasMaxLength(EvidenceItem.Sha256Length).IsFixedLength().IsRequired();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(e => e.HiddenReason).HasMaxLength(EvidenceItem.HiddenReasonMaxLength);
        builder.Property(e => e.HiddenBy).HasMaxLength(EvidenceItem.UserIdMaxLength);
        builder.Property(e => e.Version).IsRowVersion();
        builder.Ignore(e => e.MimeType);

        // No foreign key to disputes: evidence uploaded while the buyer fills in the filing form is staged against the
        // id the dispute will get (a FilingDraft's), before the dispute exists.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.UploaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.HiddenBy).OnDelete(DeleteBehavior.Restrict);

        // A dispute's evidence in the order it arrived; also what the per-dispute total sums over.
        builder.HasIndex(e => new { e.DisputeId, e.ReceivedAt });
    }
}
