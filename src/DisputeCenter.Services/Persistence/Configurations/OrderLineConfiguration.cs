using DisputeCenter.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("order_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).UseIdentityAlwaysColumn();
        builder.Property(l => l.ProductName).HasMaxLength(OrderLine.ProductNameMaxLength).IsRequired();
        builder.Property(l => l.CategoryCode).HasMaxLength(ProductCategory.CodeMaxLength).IsRequired();
        builder.HasOne<ProductCategory>().WithMany().HasForeignKey(l => l.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(l => l.UnitPrice, MoneyMapping.Configure);
        builder.Ignore(l => l.LineTotal);
        builder.Ignore(l => l.QuantityMissing);
        builder.HasIndex("OrderId", nameof(OrderLine.LineNumber)).IsUnique();
        builder.HasIndex(l => l.ProductName, "ix_order_lines_product_name_trgm").HasDatabaseName("ix_order_lines_product_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
