using DisputeCenter.Domain.Disputes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.ToTable("dispute_offers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.MadeByUserId).HasMaxLength(Offer.UserIdMaxLength).IsRequired();
        builder.Property(o => o.Note).HasMaxLength(Offer.NoteMaxLength).IsRequired();
        builder.ComplexProperty(o => o.Amount, MoneyMapping.Configure);
        builder.HasIndex("DisputeId", nameof(Offer.Sequence)).IsUnique();
    }
}
