using DisputeCenter.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Number).HasMaxLength(Order.NumberMaxLength).IsRequired();
        builder.HasIndex(o => o.Number).IsUnique();
        builder.Property(o => o.BuyerId).HasMaxLength(Seller.UserIdMaxLength).IsRequired();
        builder.Property(o => o.Currency).HasMaxLength(3).IsRequired();
        builder.Property(o => o.PaymentReference).HasMaxLength(Order.PaymentReferenceMaxLength);
        builder.Property(o => o.Carrier).HasMaxLength(Order.CarrierMaxLength);
        builder.Property(o => o.TrackingNumber).HasMaxLength(Order.TrackingNumberMaxLength);
        builder.ComplexProperty(o => o.Total, MoneyMapping.Configure);
        builder.Ignore(o => o.AmountPaid);
        builder.Ignore(o => o.IsPaid);
        builder.Ignore(o => o.IsPartiallyDelivered);

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(o => o.BuyerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Seller>().WithMany().HasForeignKey(o => o.SellerId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(o => o.Lines).WithOne().HasForeignKey("OrderId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_lines");

        // The order lists: a party's orders, newest first.
        builder.HasIndex(o => new { o.BuyerId, o.PlacedAt }).IsDescending(false, true);
        builder.HasIndex(o => new { o.SellerId, o.PlacedAt }).IsDescending(false, true);
        builder.HasIndex(o => o.Number, "ix_orders_number_trgm").HasDatabaseName("ix_orders_number_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
