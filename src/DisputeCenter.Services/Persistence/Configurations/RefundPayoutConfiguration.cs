using DisputeCenter.Domain.Disputes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

/// <summary>What the payment system reported for each instructed refund: one row per refund, its latest report.</summary>
internal sealed class RefundPayoutConfiguration : IEntityTypeConfiguration<RefundPayout>
{
    public void Configure(EntityTypeBuilder<RefundPayout> builder)
    {
        builder.ToTable("refund_payouts");
        builder.HasKey(p => p.RefundId);
        builder.Property(p => p.RefundId).ValueGeneratedNever();
        builder.Property(p => p.Reference).HasMaxLength(RefundPayout.ReferenceMaxLength).IsRequired();
        builder.Property(p => p.FailureReason).HasMaxLength(RefundPayout.ReasonMaxLength);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<Refund>().WithOne().HasForeignKey<RefundPayout>(p => p.RefundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Dispute>().WithMany().HasForeignKey(p => p.DisputeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.DisputeId);
    }
}
