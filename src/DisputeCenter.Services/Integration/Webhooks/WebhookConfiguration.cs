using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Integration.Webhooks;

internal sealed class ApiEventConfiguration : IEntityTypeConfiguration<ApiEvent>
{
    public void Configure(EntityTypeBuilder<ApiEvent> builder)
    {
        builder.ToTable("api_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Position).ValueGeneratedOnAdd().UseIdentityAlwaysColumn();
        builder.HasIndex(e => e.Position, "ix_api_events_position").IsUnique().HasDatabaseName("ix_api_events_position");
        builder.Property(e => e.Type).HasMaxLength(ApiEvent.TypeMaxLength).IsRequired();
        builder.Property(e => e.Data).HasColumnType("jsonb").IsRequired();
        builder.Ignore(e => e.PublicId);
        builder.HasOne<Domain.Disputes.Dispute>().WithMany().HasForeignKey(e => e.DisputeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.DisputeId);

        // The sender's query: events not yet fanned out to the endpoints.
        builder.HasIndex(e => e.Position, "ix_api_events_not_fanned_out").HasFilter("fanned_out_at IS NULL").HasDatabaseName("ix_api_events_not_fanned_out");
    }
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhook_endpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Url).HasMaxLength(WebhookEndpoint.UrlMaxLength).IsRequired();
        builder.Property(e => e.EventTypes).IsRequired();
        builder.Property(e => e.ProtectedSecret).HasColumnType("text").IsRequired();
        builder.Ignore(e => e.IsActive);
        builder.HasOne<IntegrationClient>().WithMany().HasForeignKey(e => e.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.ClientId);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.LastResponseBody).HasMaxLength(WebhookDelivery.ResponseBodyMaxLength);
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.ErrorMaxLength);
        builder.HasOne<ApiEvent>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.EventId, d.EndpointId }).IsUnique();
        builder.HasIndex(d => new { d.EndpointId, d.CreatedAt });

        // The sender's query: pending deliveries, soonest attempt first.
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_webhook_deliveries_due");
    }
}

/// <summary>The events and webhooks: tables of this folder's own.</summary>
public static class WebhookTables
{
    extension(DisputeCenterDbContext db)
    {
        public DbSet<ApiEvent> ApiEvents => db.Set<ApiEvent>();

        public DbSet<WebhookEndpoint> WebhookEndpoints => db.Set<WebhookEndpoint>();

        public DbSet<WebhookDelivery> WebhookDeliveries => db.Set<WebhookDelivery>();
    }
}
