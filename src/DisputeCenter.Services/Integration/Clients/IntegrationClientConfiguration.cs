using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Integration.Clients;

internal sealed class IntegrationClientConfiguration : IEntityTypeConfiguration<IntegrationClient>
{
    public void Configure(EntityTypeBuilder<IntegrationClient> builder)
    {
        builder.ToTable("integration_clients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(IntegrationClient.NameMaxLength).IsRequired();
        builder.Property(c => c.Scopes).IsRequired();
        builder.Property(c => c.SellerUserId).HasMaxLength(Domain.Common.UserId.MaxLength);
        builder.Property(c => c.CreatedBy).HasMaxLength(Domain.Common.UserId.MaxLength).IsRequired();
        builder.Ignore(c => c.IsActive);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.SellerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.SellerUserId);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.SecretHash).HasMaxLength(32).IsRequired();
        builder.Property(k => k.Hint).HasMaxLength(4).IsRequired();
        builder.Ignore(k => k.IsLive);
        builder.HasOne<IntegrationClient>().WithMany().HasForeignKey(k => k.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.ClientId);
    }
}

/// <summary>The integration clients and their keys: tables of this folder's own.</summary>
public static class IntegrationClientTables
{
    extension(DisputeCenterDbContext db)
    {
        public DbSet<IntegrationClient> IntegrationClients => db.Set<IntegrationClient>();

        public DbSet<ApiKey> ApiKeys => db.Set<ApiKey>();
    }
}
