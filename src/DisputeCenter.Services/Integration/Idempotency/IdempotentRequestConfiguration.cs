using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Integration.Idempotency;

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.ToTable("idempotent_requests");
        builder.HasKey(r => new { r.ClientId, r.Key });
        builder.Property(r => r.Key).HasMaxLength(IdempotentRequest.KeyMaxLength);
        builder.Property(r => r.Fingerprint).HasMaxLength(32).IsRequired();
        builder.Property(r => r.ResponseContentType).HasMaxLength(200);
        builder.HasIndex(r => r.ExpiresAt).HasDatabaseName("ix_idempotent_requests_expires_at");
    }
}

/// <summary>The idempotency keys: a table of this folder's own.</summary>
public static class IdempotentRequestTable
{
    extension(DisputeCenterDbContext db)
    {
        public DbSet<IdempotentRequest> IdempotentRequests => db.Set<IdempotentRequest>();
    }
}
