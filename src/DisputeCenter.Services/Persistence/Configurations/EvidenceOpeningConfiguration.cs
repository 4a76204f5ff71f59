using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class EvidenceOpeningConfiguration : IEntityTypeConfiguration<EvidenceOpening>
{
    public void Configure(EntityTypeBuilder<EvidenceOpening> builder)
    {
        builder.ToTable("evidence_openings");

        // One row per item and moderator: the first opening is the one that counts.
        builder.HasKey(o => new { o.EvidenceItemId, o.ModeratorId });
        builder.Property(o => o.ModeratorId).HasMaxLength(Dispute.UserIdMaxLength);
        builder.HasIndex(o => new { o.DisputeId, o.ModeratorId });
        builder.HasOne<Dispute>().WithMany().HasForeignKey(o => o.DisputeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EvidenceItem>().WithMany().HasForeignKey(o => o.EvidenceItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
