using DisputeCenter.Services.Common;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Notifications.Inbox;
using DisputeCenter.Services.Notifications.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>Notifications in the app and by email: the notifier, the reminder sweep, the inbox and the email outbox sender.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        services.TryAddSingleton<ITextRenderer, EnglishTextRenderer>();
        services.AddScoped<DisputeNotifier>();
        services.AddScoped<SupportNotifier>();
        services.AddScoped<DeadlineReminderSweep>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<OutboxEmailDispatcher>();
        services.AddScoped<IEmailTransport>(provider =>
            provider.GetRequiredService<IOptions<EmailOptions>>().Value.Mode == EmailMode.Pickup
                ? ActivatorUtilities.CreateInstance<PickupEmailTransport>(provider)
                : ActivatorUtilities.CreateInstance<SmtpEmailTransport>(provider));
        if (configuration.GetValue($"{EmailOptions.Section}:{nameof(EmailOptions.SenderEnabled)}", defaultValue: true))
        {
            services.AddHostedService<OutboxEmailSender>();
        }

        return services;
    }
}
