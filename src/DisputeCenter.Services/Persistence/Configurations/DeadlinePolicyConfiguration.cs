using DisputeCenter.Domain.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class DeadlinePolicyConfiguration : IEntityTypeConfiguration<DeadlinePolicy>
{
    public void Configure(EntityTypeBuilder<DeadlinePolicy> builder)
    {
        builder.ToTable("deadline_policies");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.CategoryCode).HasMaxLength(DeadlinePolicy.CategoryCodeMaxLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(DeadlinePolicy.CreatedByMaxLength).IsRequired();
        builder.Ignore(p => p.Durations);
        builder.Ignore(p => p.Specificity);

        // Rows are never edited: each edit is a new version of its (category, reason) key.
        builder.HasIndex(p => new { p.CategoryCode, p.Reason, p.Version }).IsUnique().AreNullsDistinct(false);
    }
}
