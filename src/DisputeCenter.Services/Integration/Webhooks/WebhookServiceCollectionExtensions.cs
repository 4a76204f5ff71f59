using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Integration.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>The event log, the endpoints and their deliveries, and the sender (unless Webhooks:SenderEnabled is false).</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(WebhookOptions.Section);
        services.AddOptions<WebhookOptions>().Bind(section);
        services.AddSingleton<WebhookSecrets>();
        services.AddScoped<WebhookAlerts>();
        services.AddScoped<WebhookService>();
        services.AddScoped<ApiEventQuery>();
        services.AddScoped<WebhookDispatcher>();
        services.AddHttpClient(WebhookDispatcher.HttpClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // the dispatcher times each request itself (Webhooks:TimeoutSeconds)
                client.DefaultRequestHeaders.UserAgent.ParseAdd("DisputeCenter-Webhooks/1");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        if (section.GetValue(nameof(WebhookOptions.SenderEnabled), defaultValue: true))
        {
            services.AddHostedService<WebhookSender>();
        }

        return services;
    }
}
