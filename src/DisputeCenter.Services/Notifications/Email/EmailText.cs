using DisputeCenter.Domain.Notifications;

namespace DisputeCenter.Services.Notifications.Email;

/// <summary>The plain-text email that repeats a notification.</summary>
internal static class EmailText
{
    public static string For(Notification notification, string? recipientName, string? siteUrl)
    {
        var path = NotificationLinks.DisputePath(notification.Audience, notification.DisputeId);
        var link = string.IsNullOrWhiteSpace(siteUrl)
            ? $"Sign in to DisputeCenter to see the dispute ({path})."
            : $"See the dispute: {siteUrl.TrimEnd('/')}{path}";
        var greeting = string.IsNullOrWhiteSpace(recipientName) ? "Hello," : $"Hello {recipientName},";
        return $"{greeting}\n\n{notification.Body}\n\n{link}\n\n--\nDisputeCenter. You receive this email because you are a party to this dispute.\n";
    }
}
