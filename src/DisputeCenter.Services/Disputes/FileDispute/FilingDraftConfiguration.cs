using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Disputes.FileDispute;

internal sealed class FilingDraftConfiguration : IEntityTypeConfiguration<FilingDraft>
{
    public void Configure(EntityTypeBuilder<FilingDraft> builder)
    {
        builder.ToTable("filing_drafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.BuyerId).HasMaxLength(Dispute.UserIdMaxLength).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.BuyerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Order>().WithMany().HasForeignKey(d => d.OrderId).OnDelete(DeleteBehavior.Cascade);

        // What the clean-up looks for: drafts older than a day or two.
        builder.HasIndex(d => d.CreatedAt);

        // One open draft per order and buyer (a draft is removed when its dispute is filed): a second form continues the
        // first, and files cannot pile up over endless new drafts.
        builder.HasIndex(d => new { d.BuyerId, d.OrderId }).IsUnique();
    }
}

/// <summary>The buyers' filing drafts, a table of this folder's own: the database type does not know it.</summary>
public static class FilingDraftTable
{
    extension(DisputeCenterDbContext db)
    {
        public DbSet<FilingDraft> FilingDrafts => db.Set<FilingDraft>();
    }
}
