using Microsoft.EntityFrameworkCore;

namespace FloorApp;

public sealed class FloorOrder
{
    public Guid Id { get; set; }

    public string Number { get; set; } = string.Empty;

    public string BuyerId { get; set; } = string.Empty;

    public DateTimeOffset PlacedAt { get; set; }

    public decimal TotalAmount { get; set; }

    public string TotalCurrency { get; set; } = string.Empty;

    public DateTimeOffset? DeliveredAt { get; set; }
}

public sealed class FloorDbContext(DbContextOptions<FloorDbContext> options) : DbContext(options)
{
    /// <summary>The heavy buyer of bench/data/pages-data.sql (2,000 orders).</summary>
    public const string BuyerId = "pb-buyer-1";

    public DbSet<FloorOrder> Orders => Set<FloorOrder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var order = modelBuilder.Entity<FloorOrder>().ToTable("orders");
        order.Property(o => o.Id).HasColumnName("id");
        order.Property(o => o.Number).HasColumnName("number");
        order.Property(o => o.BuyerId).HasColumnName("buyer_id");
        order.Property(o => o.PlacedAt).HasColumnName("placed_at");
        order.Property(o => o.TotalAmount).HasColumnName("total_amount");
        order.Property(o => o.TotalCurrency).HasColumnName("total_currency");
        order.Property(o => o.DeliveredAt).HasColumnName("delivered_at");
    }
}
