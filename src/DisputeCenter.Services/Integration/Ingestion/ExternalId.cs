using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Integration.Ingestion;

/// <summary>What a marketplace's own id names.</summary>
public enum ExternalKind
{
    Buyer,
    Seller,
    Order,
}

/// <summary>
/// A marketplace's own id for one of our records (a buyer's or seller's account id, an order id): the API upserts by it,
/// and the domain never needs to know it.
/// </summary>
public sealed class ExternalId
{
    public const int MaxLength = 100;

    private ExternalId()
    {
        Value = null!;
        InternalId = null!;
    }

    public ExternalId(ExternalKind kind, string value, string internalId)
    {
        Kind = kind;
        Value = value;
        InternalId = internalId;
    }

    public ExternalKind Kind { get; private set; }

    public string Value { get; private set; }

    /// <summary>The account id (buyers, sellers) or the order's id.</summary>
    public string InternalId { get; private set; }
}

internal sealed class ExternalIdConfiguration : IEntityTypeConfiguration<ExternalId>
{
    public void Configure(EntityTypeBuilder<ExternalId> builder)
    {
        builder.ToTable("external_ids");
        builder.HasKey(e => new { e.Kind, e.Value });
        builder.Property(e => e.Value).HasMaxLength(ExternalId.MaxLength);
        builder.Property(e => e.InternalId).HasMaxLength(Domain.Common.UserId.MaxLength).IsRequired();
        builder.HasIndex(e => new { e.Kind, e.InternalId }).IsUnique();
    }
}

/// <summary>The marketplace's ids: a table of this folder's own.</summary>
public static class ExternalIdTable
{
    extension(DisputeCenterDbContext db)
    {
        public DbSet<ExternalId> ExternalIds => db.Set<ExternalId>();
    }
}
