using DisputeCenter.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class SellerConfiguration : IEntityTypeConfiguration<Seller>
{
    public void Configure(EntityTypeBuilder<Seller> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UserId).HasMaxLength(Seller.UserIdMaxLength).IsRequired();
        builder.HasIndex(s => s.UserId).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(s => s.Profile, profile =>
        {
            profile.Property(p => p.BusinessName).HasMaxLength(SupplierProfile.BusinessNameMaxLength).IsRequired();
            profile.Property(p => p.Address).HasMaxLength(SupplierProfile.AddressMaxLength).IsRequired();
            profile.Property(p => p.Country).HasMaxLength(SupplierProfile.CountryMaxLength).IsRequired();
            profile.Property(p => p.ContactName).HasMaxLength(SupplierProfile.ContactMaxLength).IsRequired();
            profile.Property(p => p.ContactEmail).HasMaxLength(SupplierProfile.ContactMaxLength).IsRequired();
            profile.Property(p => p.ContactPhone).HasMaxLength(SupplierProfile.ContactMaxLength).IsRequired();
            profile.Property(p => p.RegistrationNumber).HasMaxLength(SupplierProfile.RegistrationNumberMaxLength).IsRequired();
        });
    }
}
