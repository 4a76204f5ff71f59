using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class SellerConversationConfiguration : IEntityTypeConfiguration<SellerConversation>
{
    public void Configure(EntityTypeBuilder<SellerConversation> builder)
    {
        builder.ToTable("seller_conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();

        // Optimistic concurrency on PostgreSQL's xmin: a status change and a message racing each other, one loses.
        builder.Property<uint>(DisputeConfiguration.Version).IsRowVersion();
        builder.Property(c => c.BuyerId).HasMaxLength(SellerConversation.UserIdMaxLength).IsRequired();
        builder.Property(c => c.SellerUserId).HasMaxLength(SellerConversation.UserIdMaxLength).IsRequired();
        builder.HasOne<Order>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrderId, c.StartedAt });

        // One open conversation per order: the buyer keeps writing in it rather than starting another (with another
        // gigabyte of attachments). Resolved or failed talks no longer count.
        builder.HasIndex(c => c.OrderId).IsUnique().HasFilter("marked_resolved_at IS NULL AND marked_failed_at IS NULL")
            .HasDatabaseName("ux_seller_conversations_open_per_order");

        builder.HasMany(c => c.Messages).WithOne().HasForeignKey("ConversationId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Messages).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_messages");
    }
}
