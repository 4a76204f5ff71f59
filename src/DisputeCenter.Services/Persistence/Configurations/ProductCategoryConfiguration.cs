using DisputeCenter.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class ProductCategoryConfiguration : IEntityTypeConfiguration<ProductCategory>
{
    public void Configure(EntityTypeBuilder<ProductCategory> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(ProductCategory.CodeMaxLength);
        builder.Property(c => c.Name).HasMaxLength(ProductCategory.NameMaxLength).IsRequired();
        builder.HasData(ProductCategory.Defaults.Select(c => new { c.Code, c.Name }));
    }
}
