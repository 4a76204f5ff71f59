using DisputeCenter.Domain.Disputes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("dispute_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ReasonCode).HasMaxLength(Decision.ReasonCodeMaxLength).IsRequired();
        builder.Property(d => d.Rationale).HasMaxLength(Decision.RationaleMaxLength).IsRequired();
        builder.Property(d => d.ModeratorId).HasMaxLength(Decision.ModeratorIdMaxLength).IsRequired();
        builder.ComplexProperty(d => d.Amount, MoneyMapping.Configure);

        // The moderation overview's median time to decision: first decisions of the last 30 days.
        builder.HasIndex(d => d.DecidedAt)
            .IncludeProperties("DisputeId")
            .HasFilter("NOT on_appeal")
            .HasDatabaseName("ix_dispute_decisions_first_decided_at");
        builder.Navigation(d => d.Citations).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_citations");
        builder.OwnsMany(d => d.Citations, citation =>
        {
            citation.ToTable("decision_citations");
            citation.WithOwner().HasForeignKey("DecisionId");
            citation.Property<int>("Id").UseIdentityAlwaysColumn();
            citation.HasKey("Id");
            citation.Property(c => c.Reference).HasMaxLength(Citation.ReferenceMaxLength).IsRequired();
        });
    }
}
