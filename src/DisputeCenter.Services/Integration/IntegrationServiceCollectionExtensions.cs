using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Integration.Idempotency;
using DisputeCenter.Services.Integration.Ingestion;
using DisputeCenter.Services.Integration.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Integration;

public static class IntegrationServiceCollectionExtensions
{
    /// <summary>What the JSON API needs from the service layer: clients and keys, idempotency keys, ingestion, events and webhooks.</summary>
    public static IServiceCollection AddIntegration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IntegrationClientService>();
        services.AddScoped<IdempotencyStore>();
        services.AddHostedService<IdempotencySweeper>();
        services.AddScoped<PartyIngestService>();
        services.AddScoped<OrderIngestService>();
        services.AddScoped<Services.Disputes.Refunds.RefundPayoutService>();
        services.AddScoped<Disputes.ApiDisputeService>();
        services.AddWebhooks(configuration);
        return services;
    }
}
